import CampaignCore

/// The 台账 of a term: per school, every class with its meetings and every officer with their
/// lectures, visits and 课时, voided entries kept with their reason, for 督导 inspection.
public struct Ledger: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var date: Day
        /// The kit's title, or the lecture's topic; the visit's note.
        public var what: String
        /// 主讲人 of a meeting.
        public var who: String?
        /// Attendance or audience.
        public var people: Int?
        /// 课时 of a lecture.
        public var hours: Int?
        public var voidReason: String?
    }

    public struct ClassPage: Sendable, Equatable {
        public var row: ComplianceRow
        public var meetings: [Entry]
    }

    public struct OfficerPage: Sendable, Equatable {
        public var row: ComplianceRow
        public var lectures: [Entry]
        public var visits: [Entry]
        public var visitRow: VisitRow?
        public var hoursRow: ComplianceRow?
    }

    public struct SchoolPage: Sendable, Equatable {
        public var code: String
        public var name: String
        public var county: String
        public var classes: [ClassPage]
        public var officers: [OfficerPage]
        public var missing: [String]
    }

    public var stamp: ReportStamp
    public var schools: [SchoolPage]
    public var title: String { "\(stamp.termName)防欺凌工作台账" }
}

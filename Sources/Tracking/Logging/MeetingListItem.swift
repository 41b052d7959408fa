import CampaignCore

/// A meeting entry with the names of its school and class, for lists.
public struct MeetingListItem: Sendable, Equatable {
    public var id: Int64
    public var date: Day
    public var schoolCode: String
    public var schoolName: String
    public var classCode: String
    public var className: String
    public var kit: String?
    public var teacher: String?
    public var attendance: Int?
    public var voidReason: String?

    public var isVoid: Bool { voidReason != nil }
}

/// A lecture entry with the names of its officer and school, for lists.
public struct LectureListItem: Sendable, Equatable {
    public var id: Int64
    public var date: Day
    public var officerCode: String
    public var officerName: String
    public var schoolCode: String
    public var schoolName: String
    public var topic: String
    public var audience: Int?
    public var voidReason: String?
    /// 课时.
    public var hours: Int = 1

    public var isVoid: Bool { voidReason != nil }
}

/// A visit entry with the names of its officer and school, for lists.
public struct VisitListItem: Sendable, Equatable {
    public var id: Int64
    public var date: Day
    public var officerCode: String
    public var officerName: String
    public var schoolCode: String
    public var schoolName: String
    public var note: String?
    public var voidReason: String?

    public var isVoid: Bool { voidReason != nil }
}

import CampaignCore

/// One line of a check: a class against the class-meeting rule, or an officer at one school
/// against the lecture rule or the yearly 课时 rule.
public struct ComplianceRow: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case classMeetings
        case officerLectures
        case officerHours
    }

    /// Early warning that leaves the status as it is.
    public enum Warning: String, Sendable {
        /// After the term's middle school day, fewer than half the required number held.
        case midterm

        public var label: String { "过半未达一半" }
    }

    public var kind: Kind
    public var county: String
    public var schoolCode: String
    public var schoolName: String
    /// The class code or the officer's code.
    public var code: String
    /// The class name or the officer's name.
    public var name: String
    /// The officer's role (法治副校长, 护校民警, 法治辅导员); nil for classes.
    public var role: String?
    public var held: Int
    public var required: Int
    public var status: ComplianceStatus
    public var nextDue: Day?
    public var warning: Warning?

    public init(kind: Kind, county: String, schoolCode: String, schoolName: String, code: String, name: String,
                role: String? = nil, held: Int, required: Int, status: ComplianceStatus, nextDue: Day?,
                warning: Warning? = nil) {
        self.kind = kind
        self.county = county
        self.schoolCode = schoolCode
        self.schoolName = schoolName
        self.code = code
        self.name = name
        self.role = role
        self.held = held
        self.required = required
        self.status = status
        self.nextDue = nextDue
        self.warning = warning
    }
}

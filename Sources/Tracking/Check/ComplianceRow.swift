import CampaignCore

/// One line of a check: a class against the class-meeting rule, or an officer at one school
/// against the lecture rule.
public struct ComplianceRow: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case classMeetings
        case officerLectures
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

    public init(kind: Kind, county: String, schoolCode: String, schoolName: String, code: String, name: String,
                role: String? = nil, held: Int, required: Int, status: ComplianceStatus, nextDue: Day?) {
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
    }
}

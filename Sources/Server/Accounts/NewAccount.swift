/// An account to create, as typed on the command line.
public struct NewAccount: Sendable, Equatable {
    public var username: String
    public var role: Role
    public var password: String
    /// Officer code (officer accounts only).
    public var officer: String?
    /// School and class codes (teacher accounts only).
    public var school: String?
    public var schoolClass: String?

    public init(username: String, role: Role, password: String, officer: String? = nil, school: String? = nil,
                schoolClass: String? = nil) {
        self.username = username
        self.role = role
        self.password = password
        self.officer = officer
        self.school = school
        self.schoolClass = schoolClass
    }
}

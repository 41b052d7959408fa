/// The account behind a valid session, with what it is bound to.
public struct SignedInUser: Sendable, Equatable {
    public var accountId: Int64
    public var username: String
    public var role: Role
    /// The officer's roster code (officer accounts).
    public var officerCode: String?
    /// The school and class codes (teacher accounts).
    public var schoolCode: String?
    public var classCode: String?
    /// The session's row id and its anti-forgery token.
    public var sessionId: Int64
    public var csrfToken: String
}

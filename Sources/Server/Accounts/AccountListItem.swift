/// An account with the codes it is bound to, for `campaign user list`.
public struct AccountListItem: Sendable, Equatable {
    public var username: String
    public var role: Role
    public var officerCode: String?
    public var schoolCode: String?
    public var classCode: String?
    public var disabled: Bool
    public var createdAt: String

    /// What the account is bound to, in words: `officer P001`, `school S01 class 2024级3班`.
    public var binding: String {
        if let officerCode { return "人员 \(officerCode)" }
        if let schoolCode, let classCode { return "学校 \(schoolCode) 班级 \(classCode)" }
        return "—"
    }
}

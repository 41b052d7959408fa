/// What an account may do in the web app.
public enum Role: String, Sendable, CaseIterable, Equatable {
    /// A class teacher (班主任): logs their own class's meetings.
    case teacher
    /// A legal vice-principal or school police officer: logs lectures at the schools assigned to them.
    case officer
    /// Publicity staff: preview letters and drafts as they will be published.
    case publicity
    /// Education bureau staff: the compliance view and CSV export.
    case admin

    /// The role's name on pages and in the CLI's lists.
    public var label: String {
        switch self {
        case .teacher: "班主任"
        case .officer: "法治副校长/护校民警"
        case .publicity: "宣传人员"
        case .admin: "管理员"
        }
    }

    /// The page a signed-in user starts on.
    public var homePath: String {
        switch self {
        case .teacher: "/app/meetings"
        case .officer: "/app/lectures"
        case .publicity: "/app/letters"
        case .admin: "/app/compliance"
        }
    }
}

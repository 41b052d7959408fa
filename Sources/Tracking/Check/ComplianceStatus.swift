/// Where a class or an officer stands against the term's requirement on a given date.
public enum ComplianceStatus: String, Sendable, CaseIterable, Comparable {
    /// Held at least the required number.
    case met
    /// Not yet met, but every activity due before the as-of date was held.
    case onTrack = "on-track"
    /// Fewer held than were due before the as-of date.
    case behind
    /// The term is over and the requirement was not met.
    case missed

    /// The word shown to people.
    public var label: String {
        switch self {
        case .met: "已完成"
        case .onTrack: "进度正常"
        case .behind: "落后"
        case .missed: "未完成"
        }
    }

    /// Needs attention (exit status 1 of `campaign check`).
    public var isProblem: Bool { self == .behind || self == .missed }

    public static func < (a: ComplianceStatus, b: ComplianceStatus) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// The five grade bands a kit or case is written for.
public enum Grade: String, CaseIterable, Sendable, Comparable {
    case primaryLower = "primary-lower"
    case primaryMiddle = "primary-middle"
    case primaryUpper = "primary-upper"
    case junior
    case senior

    /// The band's name on the site.
    public var label: String {
        switch self {
        case .primaryLower: "小学低年级（1—2年级）"
        case .primaryMiddle: "小学中年级（3—4年级）"
        case .primaryUpper: "小学高年级（5—6年级）"
        case .junior: "初中"
        case .senior: "高中"
        }
    }

    /// The short name used in lists and badges.
    public var shortLabel: String {
        switch self {
        case .primaryLower: "1—2年级"
        case .primaryMiddle: "3—4年级"
        case .primaryUpper: "5—6年级"
        case .junior: "初中"
        case .senior: "高中"
        }
    }

    public static func < (a: Grade, b: Grade) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

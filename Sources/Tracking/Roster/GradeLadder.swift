/// How grades advance at the start of a school year, in the spellings rosters use.
enum GradeLadder {
    /// Each stage's grades in order; the last of each is the last year of its school.
    static let stages: [[String]] = [
        ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"],
        ["七年级", "八年级", "九年级"],
        ["初一", "初二", "初三"],
        ["高一", "高二", "高三"],
    ]

    enum Step: Equatable {
        /// The next grade.
        case next(String)
        /// The class leaves its school (it was in the last grade).
        case leaves
        /// A grade this ladder does not know.
        case unknown
    }

    static func step(from grade: String) -> Step {
        for stage in stages {
            guard let index = stage.firstIndex(of: grade) else { continue }
            return index + 1 < stage.count ? .next(stage[index + 1]) : .leaves
        }
        return .unknown
    }

    /// The class name after the grade changes: the grade's text replaced where the name holds it
    /// (七年级(3)班 → 八年级(3)班); the name as it was otherwise.
    static func rename(_ name: String, from old: String, to new: String) -> String {
        guard let range = name.range(of: old) else { return name }
        return name.replacingCharacters(in: range, with: new)
    }
}

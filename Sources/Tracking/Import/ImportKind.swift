/// What a CSV file holds. Each kind has its columns, named in English or Chinese.
public enum ImportKind: String, CaseIterable, Sendable {
    case schools, classes, officers, assignments, meetings, lectures, visits

    /// A column of an import file.
    struct Column: Equatable {
        var english: String
        var chinese: String
        var isRequired: Bool

        static func required(_ english: String, _ chinese: String) -> Column {
            Column(english: english, chinese: chinese, isRequired: true)
        }

        static func optional(_ english: String, _ chinese: String) -> Column {
            Column(english: english, chinese: chinese, isRequired: false)
        }
    }

    var columns: [Column] {
        switch self {
        case .schools:
            [.required("code", "学校代码"), .required("name", "学校名称"), .required("county", "区县"),
             .required("city", "市州")]
        case .classes:
            [.required("school", "学校代码"), .required("code", "班级代码"), .required("name", "班级名称"),
             .required("grade", "年级"), .required("teacher", "班主任")]
        case .officers:
            [.required("code", "编号"), .required("name", "姓名"), .required("role", "职务"),
             .optional("phone", "电话")]
        case .assignments:
            [.required("officer", "编号"), .required("school", "学校代码")]
        case .meetings:
            [.required("school", "学校代码"), .required("class", "班级代码"), .required("date", "日期"),
             .optional("kit", "班会材料"), .optional("teacher", "主讲人"), .optional("attendance", "参加人数")]
        case .lectures:
            [.required("officer", "编号"), .required("school", "学校代码"), .required("date", "日期"),
             .required("topic", "主题"), .optional("audience", "听众人数"), .optional("hours", "课时")]
        case .visits:
            [.required("officer", "编号"), .required("school", "学校代码"), .required("date", "日期"),
             .optional("note", "备注")]
        }
    }

    /// The Chinese word for one row of this kind, for messages.
    public var noun: String {
        switch self {
        case .schools: "学校"
        case .classes: "班级"
        case .officers: "人员"
        case .assignments: "分配"
        case .meetings: "班会记录"
        case .lectures: "宣讲记录"
        case .visits: "到校记录"
        }
    }
}

import CampaignCore

/// A fictional county for demonstrations: its schools, classes, officers and who serves where.
/// No real people: teachers are “王老师”, officers “张警官”.
enum DemoCounty {
    static let city = "示例市"
    static let county = "青禾县"

    struct School {
        var code: String
        var name: String
        /// Grades with the number of classes in each.
        var grades: [(grade: Int, classes: Int)]
    }

    struct Officer {
        var code: String
        var name: String
        var role: Tracking.Officer.Role
        var schools: [String]
    }

    static let schools: [School] = [
        School(code: "QH01", name: "青禾县实验小学", grades: [(1, 2), (2, 1), (3, 1), (4, 1), (5, 2), (6, 1)]),
        School(code: "QH02", name: "青禾县城关小学", grades: [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1)]),
        School(code: "QH03", name: "青禾县白鹭镇中心小学", grades: [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1)]),
        School(code: "QH04", name: "青禾县石桥乡小学", grades: [(1, 1), (2, 1), (3, 1), (4, 1), (5, 1), (6, 1)]),
        School(code: "QH05", name: "青禾县第一初级中学", grades: [(7, 2), (8, 2), (9, 2)]),
        School(code: "QH06", name: "青禾县白鹭镇初级中学", grades: [(7, 1), (8, 1), (9, 1)]),
        School(code: "QH07", name: "青禾县石桥乡初级中学", grades: [(7, 1), (8, 1), (9, 1)]),
    ]

    static let officers: [Officer] = [
        Officer(code: "QHP01", name: "张警官", role: .schoolPolice, schools: ["QH01", "QH02"]),
        Officer(code: "QHP02", name: "李检察官", role: .legalVicePrincipal, schools: ["QH05", "QH06"]),
        Officer(code: "QHP03", name: "王法官", role: .legalVicePrincipal, schools: ["QH01", "QH03"]),
        Officer(code: "QHP04", name: "赵警官", role: .schoolPolice, schools: ["QH05", "QH07"]),
        Officer(code: "QHP05", name: "陈律师", role: .legalCounsellor, schools: ["QH04", "QH06"]),
    ]

    static let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
                           "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭"]

    static let topics = ["认识校园欺凌", "欺凌行为的法律责任", "做勇敢的旁观者", "网络欺凌的识别与防范",
                         "未成年人保护法与学校保护", "遇到欺凌怎么办"]

    static let gradeNames = ["一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"]

    /// A class of a demo school in the school year starting in `year`.
    struct DemoClass {
        var school: String
        var code: String
        var name: String
        var grade: String
        var teacher: String
    }

    /// Classes carry a stable code of entry year and number (2024-3): the same class keeps it
    /// as it moves up a grade.
    static func classes(schoolYear year: Int) -> [DemoClass] {
        var list: [DemoClass] = []
        var teacher = 0
        for school in schools {
            for (grade, count) in school.grades {
                let entryYear = year - (grade <= 6 ? grade - 1 : grade - 7)
                for number in 1...count {
                    list.append(DemoClass(school: school.code, code: "\(entryYear)-\(number)",
                                          name: "\(gradeNames[grade - 1])(\(number))班", grade: gradeNames[grade - 1],
                                          teacher: surnames[teacher % surnames.count] + "老师"))
                    teacher += 1
                }
            }
        }
        return list
    }
}

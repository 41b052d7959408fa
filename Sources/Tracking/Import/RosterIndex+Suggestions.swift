import GRDB

/// What a clerk probably meant when a code is not found: one query, run only when a lookup fails.
extension RosterIndex {
    /// The code of the class at `schoolId` that is (or was) named `name`, e.g. 2026级1班 for
    /// 七年级(1)班; full-width and ASCII parentheses match each other. The latest version's class wins.
    static func classCode(named name: String, schoolId: Int64, in db: Database) throws -> String? {
        try String.fetchOne(db, sql: """
            SELECT c.code FROM schoolClass c JOIN classVersion v ON v.classId = c.id AND v.retiredAt IS NULL
            WHERE c.schoolId = ? AND replace(replace(v.name, '（', '('), '）', ')') = ?
            ORDER BY v.validFrom DESC, c.code LIMIT 1
            """, arguments: [schoolId, name.replacingOccurrences(of: "（", with: "(")
                .replacingOccurrences(of: "）", with: ")")])
    }

    /// The message for a class code that is not at the school: the code when `code` is a class's
    /// name, else how to find or add the class.
    func unknownClassMessage(_ code: String, schoolCode: String, schoolId: Int64) -> String {
        if let real = classCodeNamed(code, schoolId) {
            return "“\(code)”是班级名称，班级代码是“\(real)”。请在班级代码一栏填写“\(real)”。"
        }
        return "学校 \(schoolCode) 没有班级代码为“\(code)”的班级。请检查代码，或先导入班级名单：campaign import classes 班级.csv。"
    }
}

import CampaignCore
import GRDB

/// The values each kind of row carries besides its identity.
struct SchoolValues: RowValues {
    var name: String
    var county: String
    var city: String
    var summary: String { RowSummary.text(["学校名称": name, "区县": county, "市州": city]) }
}

struct ClassValues: RowValues {
    var name: String
    var grade: String
    var teacher: String
    var summary: String { RowSummary.text(["班级名称": name, "年级": grade, "班主任": teacher]) }
    var databaseValues: [DatabaseValue] { [name.databaseValue, grade.databaseValue, teacher.databaseValue] }
}

struct OfficerValues: RowValues {
    var name: String
    var role: Officer.Role
    var phone: String?
    var summary: String { RowSummary.text(["姓名": name, "职务": role.rawValue, "电话": phone]) }
    var databaseValues: [DatabaseValue] { [name.databaseValue, role.rawValue.databaseValue, phone.databaseValue] }
}

struct NoValues: RowValues {
    var summary: String { "" }
}

struct MeetingValues: RowValues {
    var kit: String?
    var teacher: String?
    var attendance: Int?
    var summary: String {
        RowSummary.text(["班会材料": kit, "主讲人": teacher, "参加人数": attendance.map(String.init)])
    }
}

struct LectureValues: RowValues {
    var topic: String
    var audience: Int?
    /// 课时 (lesson periods), 1 unless the row says otherwise.
    var hours: Int = 1
    var summary: String {
        RowSummary.text(["主题": topic, "听众人数": audience.map(String.init)]) + (hours == 1 ? "" : "、课时 \(hours)")
    }
}

struct VisitValues: RowValues {
    var note: String?
    var summary: String { RowSummary.text(["备注": note]) }
}

struct MeetingKey: Hashable {
    var classId: Int64
    var date: Day
}

struct LectureKey: Hashable {
    var officerId: Int64
    var schoolId: Int64
    var date: Day
}

/// A checked row: its identity, values, and how to name it in a message.
struct CheckedRow<Key: Hashable, Value: RowValues> {
    var key: Key
    var value: Value
    var identity: RowIdentity
}

/// What a row is, in the words of its file; turned into text only for a message.
enum RowIdentity {
    case school(String)
    case schoolClass(school: String, code: String)
    case officer(String)
    case assignment(officer: String, school: String)
    case meeting(school: String, schoolClass: String, date: Day)
    case lecture(officer: String, school: String, date: Day)
    case visit(officer: String, school: String, date: Day)

    /// `班级 S001/2024-3 在 2026-03-05 的班会`
    var text: String {
        switch self {
        case let .school(code): "学校代码 \(code)"
        case let .schoolClass(school, code): "班级 \(school)/\(code)"
        case let .officer(code): "人员编号 \(code)"
        case let .assignment(officer, school): "人员 \(officer) 到学校 \(school) 的分配"
        case let .meeting(school, schoolClass, date): "班级 \(school)/\(schoolClass) 在 \(date) 的班会"
        case let .lecture(officer, school, date): "人员 \(officer) 在学校 \(school) 于 \(date) 的宣讲"
        case let .visit(officer, school, date): "人员 \(officer) 于 \(date) 到学校 \(school) 的记录"
        }
    }
}

/// Reading each kind of row from its fields. Returns nil after recording the problems in `reader`.
enum RowChecks {
    static func school(_ r: inout FieldReader) -> CheckedRow<String, SchoolValues>? {
        let code = r.text("code"), name = r.text("name"), county = r.text("county"), city = r.text("city")
        guard let code, let name, let county, let city else { return nil }
        return CheckedRow(key: code, value: SchoolValues(name: name, county: county, city: city),
                          identity: .school(code))
    }

    static func schoolClass(_ r: inout FieldReader, index: RosterIndex) -> CheckedRow<RosterIndex.ClassKey, ClassValues>? {
        let schoolCode = r.text("school"), code = r.text("code"), name = r.text("name")
        let grade = r.text("grade"), teacher = r.text("teacher")
        guard let schoolCode, let schoolId = index.school(schoolCode, in: &r) else { return nil }
        guard let code, let name, let grade, let teacher else { return nil }
        return CheckedRow(key: .init(schoolId: schoolId, code: code),
                          value: ClassValues(name: name, grade: grade, teacher: teacher),
                          identity: .schoolClass(school: schoolCode, code: code))
    }

    static func officer(_ r: inout FieldReader) -> CheckedRow<String, OfficerValues>? {
        let code = r.text("code"), name = r.text("name"), roleText = r.text("role"), phone = r.text("phone")
        var role: Officer.Role?
        if let roleText {
            role = Officer.Role(rawValue: roleText)
            if role == nil {
                let roles = Officer.Role.allCases.map(\.rawValue).joined(separator: "、")
                r.problem("职务“\(roleText)”不在可选范围内。请填写 \(roles) 之一。")
            }
        }
        guard let code, let name, let role else { return nil }
        return CheckedRow(key: code, value: OfficerValues(name: name, role: role, phone: phone),
                          identity: .officer(code))
    }

    static func assignment(_ r: inout FieldReader, index: RosterIndex) -> CheckedRow<RosterIndex.AssignmentKey, NoValues>? {
        let officerCode = r.text("officer"), schoolCode = r.text("school")
        let officerId = officerCode.flatMap { index.officer($0, in: &r) }
        let schoolId = schoolCode.flatMap { index.school($0, in: &r) }
        guard let officerCode, let schoolCode, let officerId, let schoolId else { return nil }
        return CheckedRow(key: .init(officerId: officerId, schoolId: schoolId), value: NoValues(),
                          identity: .assignment(officer: officerCode, school: schoolCode))
    }

    static func meeting(_ r: inout FieldReader, index: RosterIndex, content: TrackerContent,
                        today: Day) -> CheckedRow<MeetingKey, MeetingValues>? {
        let schoolCode = r.text("school"), classCode = r.text("class")
        let schoolId = schoolCode.flatMap { index.school($0, in: &r) }
        var classId: Int64?
        if let schoolCode, let schoolId, let classCode {
            classId = index.schoolClass(classCode, schoolId: schoolId, schoolCode: schoolCode, in: &r)
        }
        let date = r.schoolDay("date", content: content, today: today)
        let kit = r.kit("kit", content: content)
        let teacher = r.text("teacher"), attendance = r.count("attendance")
        if let schoolCode, let classCode, let classId, let date, let term = content.term(containing: date),
           !index.classIsActive(classId, inTermEnding: term.end) {
            r.problem("班级 \(schoolCode)/\(classCode) 不在\(term.name)（\(term.id)）的班级名单上（已毕业、已撤销或从以后的学期才开始）。"
                + "请检查班级代码和日期。")
        }
        guard r.problems.isEmpty, let schoolCode, let classCode, let classId, let date else { return nil }
        return CheckedRow(key: MeetingKey(classId: classId, date: date),
                          value: MeetingValues(kit: kit, teacher: teacher, attendance: attendance),
                          identity: .meeting(school: schoolCode, schoolClass: classCode, date: date))
    }

    static func lecture(_ r: inout FieldReader, index: RosterIndex, content: TrackerContent,
                        today: Day) -> CheckedRow<LectureKey, LectureValues>? {
        let served = servedSchool(&r, index: index, content: content, today: today)
        let topic = r.text("topic"), audience = r.count("audience"), hours = r.hours("hours")
        guard r.problems.isEmpty, let served, let topic else { return nil }
        return CheckedRow(key: LectureKey(officerId: served.officerId, schoolId: served.schoolId, date: served.date),
                          value: LectureValues(topic: topic, audience: audience, hours: hours ?? 1),
                          identity: .lecture(officer: served.officerCode, school: served.schoolCode, date: served.date))
    }

    static func visit(_ r: inout FieldReader, index: RosterIndex, content: TrackerContent,
                      today: Day) -> CheckedRow<LectureKey, VisitValues>? {
        let served = servedSchool(&r, index: index, content: content, today: today)
        let note = r.text("note")
        guard r.problems.isEmpty, let served else { return nil }
        return CheckedRow(key: LectureKey(officerId: served.officerId, schoolId: served.schoolId, date: served.date),
                          value: VisitValues(note: note),
                          identity: .visit(officer: served.officerCode, school: served.schoolCode, date: served.date))
    }

    /// An officer, a school they serve in the term of the date, and a school day: what a lecture and
    /// a visit both need.
    private static func servedSchool(_ r: inout FieldReader, index: RosterIndex, content: TrackerContent,
                                     today: Day) -> ServedSchool? {
        let officerCode = r.text("officer"), schoolCode = r.text("school")
        let officerId = officerCode.flatMap { index.officer($0, in: &r) }
        let schoolId = schoolCode.flatMap { index.school($0, in: &r) }
        let date = r.schoolDay("date", content: content, today: today)
        guard let officerCode, let schoolCode, let officerId, let schoolId else { return nil }
        let key = RosterIndex.AssignmentKey(officerId: officerId, schoolId: schoolId)
        let name = index.officerNames[officerId].map { "\($0)（\(officerCode)）" } ?? officerCode
        if !index.assignments.contains(key) {
            r.problem("\(name)没有被分配到学校 \(schoolCode)。请检查学校代码，或先导入分配：campaign import assignments 分配.csv。")
            return nil
        }
        guard let date else { return nil }
        if let term = content.term(containing: date), !index.assignmentIsActive(key, inTermEnding: term.end) {
            r.problem("\(name)在\(term.name)（\(term.id)）没有被分配到学校 \(schoolCode)。"
                + "请检查日期和学校代码，或先分配：campaign assign --officer \(officerCode) --school \(schoolCode) --from \(term.id)。")
            return nil
        }
        return ServedSchool(officerId: officerId, schoolId: schoolId, officerCode: officerCode,
                            schoolCode: schoolCode, date: date)
    }

    private struct ServedSchool {
        var officerId: Int64
        var schoolId: Int64
        var officerCode: String
        var schoolCode: String
        var date: Day
    }
}

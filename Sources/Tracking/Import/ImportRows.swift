import CampaignCore

/// The values each kind of row carries besides its identity.
struct SchoolValues: RowValues {
    var name: String
    var county: String
    var city: String
    var summary: String { "学校名称“\(name)”、区县“\(county)”、市州“\(city)”" }
}

struct ClassValues: RowValues {
    var name: String
    var grade: String
    var teacher: String
    var summary: String { "班级名称“\(name)”、年级“\(grade)”、班主任“\(teacher)”" }
}

struct OfficerValues: RowValues {
    var name: String
    var role: Officer.Role
    var phone: String?
    var summary: String { RowSummary.text(["姓名": name, "职务": role.rawValue, "电话": phone]) }
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
    var summary: String { RowSummary.text(["主题": topic, "听众人数": audience.map(String.init)]) }
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

    /// `班级 S001/2024-3 在 2026-03-05 的班会`
    var text: String {
        switch self {
        case let .school(code): "学校代码 \(code)"
        case let .schoolClass(school, code): "班级 \(school)/\(code)"
        case let .officer(code): "人员编号 \(code)"
        case let .assignment(officer, school): "人员 \(officer) 到学校 \(school) 的分配"
        case let .meeting(school, schoolClass, date): "班级 \(school)/\(schoolClass) 在 \(date) 的班会"
        case let .lecture(officer, school, date): "人员 \(officer) 在学校 \(school) 于 \(date) 的宣讲"
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
        guard r.problems.isEmpty, let schoolCode, let classCode, let classId, let date else { return nil }
        return CheckedRow(key: MeetingKey(classId: classId, date: date),
                          value: MeetingValues(kit: kit, teacher: teacher, attendance: attendance),
                          identity: .meeting(school: schoolCode, schoolClass: classCode, date: date))
    }

    static func lecture(_ r: inout FieldReader, index: RosterIndex, content: TrackerContent,
                        today: Day) -> CheckedRow<LectureKey, LectureValues>? {
        let officerCode = r.text("officer"), schoolCode = r.text("school")
        let officerId = officerCode.flatMap { index.officer($0, in: &r) }
        let schoolId = schoolCode.flatMap { index.school($0, in: &r) }
        if let officerCode, let schoolCode, let officerId, let schoolId,
           !index.assignments.contains(.init(officerId: officerId, schoolId: schoolId)) {
            let name = index.officerNames[officerId].map { "\($0)（\(officerCode)）" } ?? officerCode
            r.problem("\(name)没有被分配到学校 \(schoolCode)。请检查学校代码，或先导入分配：campaign import assignments 分配.csv。")
        }
        let date = r.schoolDay("date", content: content, today: today)
        let topic = r.text("topic"), audience = r.count("audience")
        guard r.problems.isEmpty, let officerCode, let schoolCode, let officerId, let schoolId, let date,
              let topic else { return nil }
        return CheckedRow(key: LectureKey(officerId: officerId, schoolId: schoolId, date: date),
                          value: LectureValues(topic: topic, audience: audience),
                          identity: .lecture(officer: officerCode, school: schoolCode, date: date))
    }
}

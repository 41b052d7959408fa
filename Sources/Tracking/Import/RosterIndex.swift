import CampaignCore
import GRDB

/// Codes mapped to row ids, loaded once per import so that rows are checked without a query each.
struct RosterIndex {
    struct ClassKey: Hashable {
        var schoolId: Int64
        var code: String
    }

    struct AssignmentKey: Hashable {
        var officerId: Int64
        var schoolId: Int64
    }

    /// The code of a class by its name at a school, looked up only when a code is not found.
    var classCodeNamed: (_ name: String, _ schoolId: Int64) -> String? = { _, _ in nil }
    var schoolIDs: [String: Int64] = [:]
    var classIDs: [ClassKey: Int64] = [:]
    var officerIDs: [String: Int64] = [:]
    var officerNames: [Int64: String] = [:]
    var assignments: Set<AssignmentKey> = []
    /// When each class and each assignment is in effect (its versions now known).
    var classPeriods: [Int64: [Period]] = [:]
    var assignmentPeriods: [AssignmentKey: [Period]] = [:]

    /// The days a version is in effect: from `from` until the day before `until`.
    struct Period {
        var from: Day
        var until: Day?
        func covers(_ day: Day) -> Bool { from <= day && until.map { day < $0 } != false }
    }

    /// Loads the whole roster, or only what one entry needs when codes are given.
    static func load(_ db: Database, schoolCode: String? = nil, officerCode: String? = nil) throws -> RosterIndex {
        var index = RosterIndex()
        // Only ever called inside the transaction that loaded the index.
        index.classCodeNamed = { name, schoolId in try? classCode(named: name, schoolId: schoolId, in: db) }
        let schoolFilter = schoolCode == nil ? "" : " WHERE code = ?"
        let schoolArguments: StatementArguments = schoolCode.map { [$0] } ?? []
        for row in try Row.fetchAll(db, sql: "SELECT id, code FROM school" + schoolFilter, arguments: schoolArguments) {
            index.schoolIDs[try row.decode(atIndex: 1)] = try row.decode(atIndex: 0)
        }
        let classFilter = schoolCode == nil ? "" : " WHERE schoolId IN (SELECT id FROM school WHERE code = ?)"
        let classes = try Row.fetchCursor(db, sql: "SELECT id, schoolId, code FROM schoolClass" + classFilter,
                                          arguments: schoolArguments)
        while let row = try classes.next() {
            index.classIDs[ClassKey(schoolId: try row.decode(atIndex: 1), code: try row.decode(atIndex: 2))]
                = try row.decode(atIndex: 0)
        }
        let periods = try Row.fetchCursor(db, sql: """
            SELECT v.classId, v.validFrom, v.validUntil FROM classVersion v WHERE v.retiredAt IS NULL
            """ + (schoolCode == nil ? "" : " AND v.classId IN (SELECT id FROM schoolClass" + classFilter + ")"),
            arguments: schoolArguments)
        while let row = try periods.next() {
            index.classPeriods[try row.decode(atIndex: 0), default: []]
                .append(Period(from: try row.decode(atIndex: 1), until: try row.decode(atIndex: 2)))
        }
        let officerFilter = officerCode == nil ? "" : " WHERE code = ?"
        let officerArguments: StatementArguments = officerCode.map { [$0] } ?? []
        for row in try Row.fetchAll(db, sql: "SELECT id, code, name FROM officerCurrent" + officerFilter,
                                    arguments: officerArguments) {
            let id: Int64 = try row.decode(atIndex: 0)
            index.officerIDs[try row.decode(atIndex: 1)] = id
            index.officerNames[id] = try row.decode(atIndex: 2)
        }
        let assignmentFilter = officerCode == nil ? "" : " WHERE officerId IN (SELECT id FROM officer WHERE code = ?)"
        for row in try Row.fetchAll(db, sql: """
            SELECT a.officerId, a.schoolId, v.validFrom, v.validUntil
            FROM assignment a LEFT JOIN assignmentVersion v ON v.assignmentId = a.id AND v.retiredAt IS NULL
            """ + assignmentFilter.replacingOccurrences(of: "officerId", with: "a.officerId"),
            arguments: officerArguments) {
            let key = AssignmentKey(officerId: try row.decode(atIndex: 0), schoolId: try row.decode(atIndex: 1))
            index.assignments.insert(key)
            if let from: Day = try row.decode(atIndex: 2) {
                index.assignmentPeriods[key, default: []].append(Period(from: from, until: try row.decode(atIndex: 3)))
            }
        }
        return index
    }

    func school(_ code: String, in reader: inout FieldReader) -> Int64? {
        if let id = schoolIDs[code] { return id }
        reader.problem("学校代码“\(code)”不存在。请检查代码，或先导入学校名单：campaign import schools 学校.csv。")
        return nil
    }

    func officer(_ code: String, in reader: inout FieldReader) -> Int64? {
        if let id = officerIDs[code] { return id }
        reader.problem("编号“\(code)”的人员不存在。请检查编号，或先导入人员名单：campaign import officers 人员.csv。")
        return nil
    }

    func schoolClass(_ code: String, schoolId: Int64, schoolCode: String, in reader: inout FieldReader) -> Int64? {
        if let id = classIDs[ClassKey(schoolId: schoolId, code: code)] { return id }
        reader.problem(unknownClassMessage(code, schoolCode: schoolCode, schoolId: schoolId))
        return nil
    }
}

extension RosterIndex {
    /// True when the class is on the roster of the term that ends on `termEnd`.
    func classIsActive(_ id: Int64, inTermEnding termEnd: Day) -> Bool {
        classPeriods[id]?.contains { $0.covers(termEnd) } == true
    }

    /// True when the officer serves the school in the term that ends on `termEnd`.
    func assignmentIsActive(_ key: AssignmentKey, inTermEnding termEnd: Day) -> Bool {
        assignmentPeriods[key]?.contains { $0.covers(termEnd) } == true
    }
}

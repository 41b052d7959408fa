import CampaignCore
import GRDB
import Tracking

/// Small read queries the web pages need beyond Tracking's lists and checks.
extension TrackerDatabase {
    /// The schools an officer is assigned to (code, name), by code: in the term ending on `termEnd`,
    /// or ever when nil.
    func assignedSchools(officerCode: String, inTermEnding termEnd: Day? = nil) throws -> [(code: String, name: String)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT s.code, s.name FROM assignment a
                JOIN officer o ON o.id = a.officerId JOIN school s ON s.id = a.schoolId
                WHERE o.code = :officer AND (:day IS NULL OR EXISTS (
                    SELECT 1 FROM assignmentVersion v WHERE v.assignmentId = a.id AND v.retiredAt IS NULL
                    AND v.validFrom <= :day AND (v.validUntil IS NULL OR v.validUntil > :day)))
                ORDER BY s.code
                """, arguments: ["officer": officerCode, "day": termEnd])
                .map { (try $0.decode(atIndex: 0), try $0.decode(atIndex: 1)) }
        }
    }

    /// The officer's name.
    func officerName(code: String) throws -> String? {
        try writer.read { db in try String.fetchOne(db, sql: "SELECT name FROM officerCurrent WHERE code = ?", arguments: [code]) }
    }

    /// The school's and the class's names.
    func className(school: String, code: String) throws -> (school: String, schoolClass: String)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT s.name, c.name FROM classCurrent c JOIN school s ON s.id = c.schoolId
                WHERE s.code = ? AND c.code = ?
                """, arguments: [school, code]).map { (try $0.decode(atIndex: 0), try $0.decode(atIndex: 1)) }
        }
    }

    /// The officer code of a lecture entry, or nil when there is no such entry.
    func lectureOfficer(id: Int64) throws -> String? {
        try writer.read { db in
            try String.fetchOne(db, sql: "SELECT o.code FROM lecture l JOIN officer o ON o.id = l.officerId WHERE l.id = ?",
                                arguments: [id])
        }
    }

    /// The school and class codes of a meeting entry, or nil when there is no such entry.
    func meetingClass(id: Int64) throws -> (school: String, schoolClass: String)? {
        try writer.read { db in
            try Row.fetchOne(db, sql: """
                SELECT s.code, c.code FROM meeting m JOIN schoolClass c ON c.id = m.classId
                JOIN school s ON s.id = c.schoolId WHERE m.id = ?
                """, arguments: [id]).map { (try $0.decode(atIndex: 0), try $0.decode(atIndex: 1)) }
        }
    }

    /// Counties and schools (code, name, county), for the compliance filters.
    func schoolDirectory() throws -> [(code: String, name: String, county: String)] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT code, name, county FROM school ORDER BY county, code").map {
                (try $0.decode(atIndex: 0), try $0.decode(atIndex: 1), try $0.decode(atIndex: 2))
            }
        }
    }
}

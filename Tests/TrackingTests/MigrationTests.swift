import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

@Suite struct MigrationTests {
    /// A database as version 3 left it: names on the class and officer rows, logs from 2026-03-04 on.
    static func version3() throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try TrackerDatabase.migrator.migrate(queue, upTo: "v3: covering indexes for counting")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO school (code, name, county, city) VALUES ('S001', '城关小学', '青禾县', '示例市');
                INSERT INTO schoolClass (schoolId, code, name, grade, teacher) VALUES (1, '2024-1', '一年级(1)班', '一年级', '刘老师');
                INSERT INTO schoolClass (schoolId, code, name, grade, teacher) VALUES (1, '2024-2', '一年级(2)班', '一年级', '陈老师');
                INSERT INTO officer (code, name, role, phone) VALUES ('P01', '张警官', '护校民警', NULL);
                INSERT INTO assignment (officerId, schoolId) VALUES (1, 1);
                INSERT INTO meeting (classId, date, loggedAt) VALUES (1, '2026-03-05', '2026-03-05T02:00:00Z');
                INSERT INTO lecture (officerId, schoolId, date, topic, loggedAt)
                    VALUES (1, 1, '2026-03-04', '认识欺凌', '2026-03-04T02:00:00Z');
                """)
        }
        return queue
    }

    @Test func aVersion3DatabaseUpgradesInPlaceWithNothingLost() throws {
        let queue = try Self.version3()
        let database = try TrackerDatabase(writer: queue)
        let versions = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT classId, validFrom, validUntil, name, grade, teacher, recordedAt FROM classVersion ORDER BY id")
                .map { "\($0[0] as Int64) \($0[1] as String) \(($0[2] as String?) ?? "-") \($0[3] as String) \($0[4] as String) \($0[5] as String) \($0[6] as String)" }
        }
        // Every row holds from the earliest logged day (the earliest term with data), known since always.
        #expect(versions == [
            "1 2026-03-04 - 一年级(1)班 一年级 刘老师 0001-01-01T00:00:00Z",
            "2 2026-03-04 - 一年级(2)班 一年级 陈老师 0001-01-01T00:00:00Z",
        ])
        #expect(try database.count("officerVersion") == 1)
        #expect(try database.count("assignmentVersion") == 1)
        #expect(try database.count("meeting") == 1)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT hours FROM lecture") } == 1)
        let report = try database.complianceReport(term: fixtureTerm, asOf: day("2026-03-20"), rules: Rules())
        #expect(report.classes.map { "\($0.name) \($0.held)" } == ["一年级(1)班 1", "一年级(2)班 0"])
        #expect(report.officers.map { "\($0.name) \($0.held)" } == ["张警官 1"])
        // A term before any data has no roster.
        let earlier = TermCalendar(id: "2025-autumn", name: "2025—2026学年第一学期", start: day("2025-09-01"),
                                   end: day("2026-01-16"))
        #expect(try database.complianceReport(term: earlier, asOf: day("2026-01-20"), rules: Rules()).classes.isEmpty)
    }

    @Test func versionsAreRetiredNeverChangedOrDeleted() throws {
        let database = try TrackerDatabase.withRoster()
        try database.writer.write { db in
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM classVersion") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE classVersion SET teacher = 'x'") }
            // A second version overlapping the first one now known is refused.
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: """
                    INSERT INTO classVersion (classId, validFrom, recordedAt, name, grade, teacher)
                    VALUES (1, '2026-09-01', '2026-08-01T00:00:00Z', 'x', 'y', 'z')
                    """)
            }
            try db.execute(sql: "UPDATE classVersion SET retiredAt = '2026-08-01T00:00:00Z' WHERE classId = 1")
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE classVersion SET retiredAt = '2026-08-02T00:00:00Z' WHERE classId = 1")
            }
        }
    }
}

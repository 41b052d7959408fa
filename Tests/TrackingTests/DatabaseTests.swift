import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

@Suite struct DatabaseTests {
    @Test func opensAFileInWALWithFullSynchronousAndForeignKeys() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let database = try TrackerDatabase.open(path: folder.url.appendingPathComponent("t.sqlite").path)
        let (journal, synchronous, foreignKeys) = try database.writer.writeWithoutTransaction { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"),
             try Int.fetchOne(db, sql: "PRAGMA synchronous"),
             try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal")
        #expect(synchronous == 2)  // FULL
        #expect(foreignKeys == 1)
        // Opening again migrates nothing and keeps working.
        _ = try TrackerDatabase.open(path: folder.url.appendingPathComponent("t.sqlite").path)
    }

    @Test func concurrentWritersWaitInsteadOfFailing() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        let path = folder.url.appendingPathComponent("shared.sqlite").path
        let first = try TrackerDatabase.open(path: path)
        let second = try TrackerDatabase.open(path: path)
        try first.importText(.schools, schoolsCSV)
        // Two connections (as two processes would) write at the same time: each waits for the other.
        DispatchQueue.concurrentPerform(iterations: 20) { i in
            let database = i.isMultiple(of: 2) ? first : second
            _ = try? database.importText(.classes, "school,code,name,grade,teacher\nS001,X\(i),班\(i),一年级,王老师\n")
        }
        #expect(try second.count("schoolClass") == 20)
        #expect(try first.auditTrail().count == 21)
    }

    @Test func unopenableFileIsAPlainError() {
        #expect(throws: UserError.self) {
            try TrackerDatabase.open(path: "/nonexistent-folder/x/campaign.sqlite")
        }
    }

    @Test func schemaEnforcesConstraints() throws {
        let database = try TrackerDatabase.inMemory()
        try database.writer.write { db in
            var school = School(code: "S1", name: "一小", county: "青禾县", city: "示例市")
            try school.insert(db)
            var duplicate = School(code: "S1", name: "二小", county: "青禾县", city: "示例市")
            #expect(throws: DatabaseError.self) { try duplicate.insert(db) }
            var officer = Officer(code: "P1", name: "张警官", role: .schoolPolice)
            try officer.insert(db)
            let schoolId = try #require(school.id), officerId = try #require(officer.id)
            // A lecture needs an assignment of that officer to that school.
            var lecture = OfficerLecture(officerId: officerId, schoolId: schoolId, date: day("2026-03-02"),
                                         topic: "防欺凌", loggedAt: "2026-03-02T00:00:00Z")
            #expect(throws: DatabaseError.self) { try lecture.insert(db) }
            var assignment = Assignment(officerId: officerId, schoolId: schoolId)
            try assignment.insert(db)
            try lecture.insert(db)
            // Logs are voided, never deleted.
            #expect(throws: DatabaseError.self) { try lecture.delete(db) }
            var orphan = SchoolClass(schoolId: 999, code: "1", name: "一年级(1)班", grade: "一年级", teacher: "王老师")
            #expect(throws: DatabaseError.self) { try orphan.insert(db) }
        }
    }

    @Test func auditIsAppendOnly() throws {
        let database = try TrackerDatabase.inMemory()
        try database.writer.write { db in
            try TrackerDatabase.audit(db, actor: AuditActor(name: "web:王芳", address: "10.0.0.7"), action: "log meeting",
                                      detail: "x", now: Date(timeIntervalSince1970: 0))
            #expect(throws: DatabaseError.self) { try db.execute(sql: "DELETE FROM audit") }
            #expect(throws: DatabaseError.self) { try db.execute(sql: "UPDATE audit SET who = 'x'") }
        }
        #expect(try database.auditTrail() == [
            AuditEntry(id: 1, at: "1970-01-01T00:00:00Z", who: "web:王芳", address: "10.0.0.7",
                       action: "log meeting", detail: "x"),
        ])
        #expect(!AuditActor.currentUser().name.isEmpty)
    }
}

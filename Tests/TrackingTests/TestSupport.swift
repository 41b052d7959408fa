import CampaignCore
import Foundation
import Testing
@testable import Tracking

/// A fresh folder under the system's temporary directory, removed by `cleanUp()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tracking-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ text: String, to name: String) throws -> URL {
        try write(Data(text.utf8), to: name)
    }

    @discardableResult
    func write(_ data: Data, to name: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: url)
    }
}

func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { fatalError("bad test date \(text)") }
    return day
}

/// The repository's Content folder (shipped calendars and rules).
let repositoryContent = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Content")

/// A small spring term for fixtures: 2026-03-02 (Mon) to 2026-03-27 (Fri), 清明-free, with one
/// holiday on Wed 2026-03-11 and a make-up Saturday 2026-03-14: 20 school days.
let fixtureTerm = TermCalendar(
    id: "2026-spring", name: "2025—2026学年第二学期",
    start: day("2026-03-02"), end: day("2026-03-27"),
    holidays: [.init(from: day("2026-03-11"), to: day("2026-03-11"), name: "校庆")],
    workdays: [day("2026-03-14")])

let fixtureContent = TrackerContent(calendars: [fixtureTerm], rules: Rules(), kits: ["who-to-tell", "kind-words"])

let testActor = AuditActor(name: "tester", address: nil)

/// A roster of two schools, three classes, two officers and their assignments, written through the importer.
let schoolsCSV = """
code,name,county,city
S001,城关小学,青禾县,示例市
S002,白鹭镇中学,青禾县,示例市
S003,河西小学,河西区,示例市

"""

let classesCSV = """
班级代码,学校代码,班级名称,年级,班主任
2024-1,S001,一年级(1)班,一年级,刘老师
2024-2,S001,一年级(2)班,一年级,陈老师
2023-1,S002,初二(1)班,初二,周老师
2022-1,S003,五年级(1)班,五年级,吴老师

"""

let officersCSV = """
编号,姓名,职务,电话
P01,张警官,护校民警,
P02,李检察官,法治副校长,

"""

let assignmentsCSV = """
officer,school
P01,S001
P01,S002
P02,S003

"""

extension TrackerDatabase {
    /// Imports CSV text as the file `name`.
    @discardableResult
    func importText(_ kind: ImportKind, _ text: String, name: String = "file.csv",
                    content: TrackerContent = fixtureContent, today: Day = day("2026-03-20")) throws -> ImportReport {
        try importCSV(kind, data: Data(text.utf8), path: name, content: content, today: today, actor: testActor,
                      now: Date(timeIntervalSince1970: 1_773_000_000))
    }

    static func withRoster() throws -> TrackerDatabase {
        let database = try TrackerDatabase.inMemory()
        try database.importText(.schools, schoolsCSV)
        try database.importText(.classes, classesCSV)
        try database.importText(.officers, officersCSV)
        try database.importText(.assignments, assignmentsCSV)
        return database
    }

    func count(_ table: String) throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }
}

/// The diagnostics of a thrown `DiagnosticsError`, one line each; fails the test for any other outcome.
func diagnostics(_ body: () throws -> Any) -> [String] {
    do {
        _ = try body()
        Issue.record("expected a DiagnosticsError")
        return []
    } catch let error as DiagnosticsError {
        return error.diagnostics.map(\.description)
    } catch {
        Issue.record("unexpected error \(error)")
        return []
    }
}

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

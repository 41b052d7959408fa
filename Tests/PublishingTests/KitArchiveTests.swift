import CampaignCore
import Foundation
import Testing
import ZIPFoundation
@testable import Publishing

@Suite struct KitArchiveTests {
    /// Kit `n`'s date: spread over years, months and days, so that a date taken from another kit shows.
    static func day(_ n: Int) -> Day {
        Day(year: 2017 + n % 9, month: 1 + n % 12, day: 1 + n % 28) ?? Day(ordinal: 0)
    }

    /// 2,000 kits zipped on all cores, twice: every ZIP is the same both times, and every entry
    /// carries its own kit's date (ZIPFoundation's date conversion, used from several threads,
    /// once gave some entries another kit's date).
    @Test func twoThousandKitsZippedInParallelAreReproducible() async throws {
        let count = 2_000
        var files: [String: String] = [:]
        for n in 0..<count {
            let kit = Fixture.kit(title: "材料包\(n)").replacingOccurrences(of: "date: 2026-03-02", with: "date: \(Self.day(n))")
            files["kits/kit-\(n)/index.md"] = kit
            files["kits/kit-\(n)/handout.md"] = Fixture.handout
        }
        let fixture = try Fixture(files)
        defer { fixture.remove() }
        var zips: [[String: Data]] = []
        for round in 0..<2 {
            var options = fixture.options(full: true)
            options.output = fixture.root.appendingPathComponent("public-\(round)")
            let summary = try await SiteBuilder(options: options).build()
            #expect(summary.kits == count)
            zips.append(fixture.tree(options.output).filter { $0.key.hasSuffix(".zip") })
        }
        #expect(zips[0].count == count)
        #expect(zips[0] == zips[1])
        var wrong: [String] = []
        for n in 0..<count {
            guard let data = zips[0]["kits/kit-\(n).zip"] else {
                wrong.append("kit-\(n): no ZIP")
                continue
            }
            let archive = try Archive(data: data, accessMode: .read)
            let names = archive.map(\.path)
            #expect(names == ["handout.html", KitArchive.lessonPlanName])
            for entry in archive where entry.fileAttributes[.modificationDate] as? Date != Self.day(n).date {
                wrong.append("kit-\(n)/\(entry.path): \(String(describing: entry.fileAttributes[.modificationDate]))")
            }
        }
        #expect(wrong == [])
    }

    /// The archives alone, 20,000 of them on all cores: the race in ZIPFoundation's `gmtime`
    /// showed here in most runs before the dates were written by `KitArchive`.
    @Test func archivesMadeConcurrentlyCarryTheirOwnDates() async throws {
        let count = 20_000
        let entries = [KitArchive.Entry(name: "a.txt", data: Data("a".utf8))]
        let wrong = try await withThrowingTaskGroup(of: [Int].self) { group in
            let lanes = 8
            for lane in 0..<lanes {
                group.addTask {
                    var wrong: [Int] = []
                    for n in stride(from: lane, to: count, by: lanes) {
                        let zip = try KitArchive.data(entries: entries, day: Self.day(n))
                        let archive = try Archive(data: zip, accessMode: .read)
                        if archive.first(where: { _ in true })?.fileAttributes[.modificationDate] as? Date != Self.day(n).date {
                            wrong.append(n)
                        }
                    }
                    return wrong
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(wrong == [])
    }

    @Test func dosDates() {
        #expect(KitArchive.dosDate(Day(year: 2026, month: 3, day: 2) ?? Day(ordinal: 0)) == (46 << 9 | 3 << 5 | 2))
        #expect(KitArchive.dosDate(Day(year: 1970, month: 1, day: 1) ?? Day(ordinal: 0)) == (0 << 9 | 1 << 5 | 1))
        var garbage: [UInt8] = Array(repeating: 0, count: 30)
        #expect(throws: KitArchive.MalformedArchive.self) {
            try KitArchive.setEntryDates(&garbage, date: 0, time: 0)
        }
    }
}

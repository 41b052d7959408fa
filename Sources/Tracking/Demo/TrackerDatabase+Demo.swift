import CampaignCore
import Foundation

/// What `campaign demo` wrote.
public struct DemoReport: Sendable, Equatable {
    public var term: TermCalendar
    public var today: Day
    /// The imports, in order: schools, classes, officers, assignments, meetings, lectures.
    public var imports: [ImportReport]

    public func added(_ kind: ImportKind) -> Int {
        imports.first { $0.kind == kind }?.added ?? 0
    }

    public func total(_ kind: ImportKind) -> Int {
        imports.first { $0.kind == kind }.map { $0.added + $0.skipped } ?? 0
    }
}

extension TrackerDatabase {
    /// Fills the database with the fictional 青禾县: 7 schools, 38 classes, 5 officers serving 10
    /// (officer, school) pairs, and meetings and lectures of the term containing `today` (or the last
    /// term that started before it) up to `today`, some classes behind. The data is the same for the
    /// same term and date, and it goes through the importer: running the demo again adds only
    /// what happened since.
    public func populateDemo(content: TrackerContent, today: Day, actor: AuditActor,
                             now: Date = Date()) throws -> DemoReport {
        guard let term = content.currentTerm(on: today) else {
            let known = content.calendars.map(\.id).joined(separator: "、")
            throw UserError("\(today) 之前还没有开始的学期（已知的学期：\(known.isEmpty ? "无" : known)）。"
                + "请在 Content/calendar 中添加学期文件。")
        }
        let files = DemoFiles(term: term, today: today, kits: content.kits.sorted())
        var imports: [ImportReport] = []
        for (kind, text) in files.all {
            // Early in a term a log file may have no rows yet: there is nothing to import.
            guard text.split(whereSeparator: \.isNewline).count > 1 else { continue }
            imports.append(try importCSV(kind, data: Data(text.utf8), path: "demo/\(kind.rawValue).csv",
                                         content: content, today: today, actor: actor, now: now))
        }
        return DemoReport(term: term, today: today, imports: imports)
    }
}

import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign import schools|classes|officers|assignments|meetings|lectures FILE.csv`
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import rosters or logs from a CSV file (all rows or none).",
        discussion: """
            The first row names the columns, in English or Chinese, in any order:
              schools      code|学校代码, name|学校名称, county|区县, city|市州
              classes      school|学校代码, code|班级代码, name|班级名称, grade|年级, teacher|班主任
              officers     code|编号, name|姓名, role|职务, phone|电话 (optional)
              assignments  officer|编号, school|学校代码
              meetings     school|学校代码, class|班级代码, date|日期, kit|班会材料, teacher|主讲人,
                           attendance|参加人数 (the last three optional)
              lectures     officer|编号, school|学校代码, date|日期, topic|主题, audience|听众人数 (optional),
                           hours|课时 (optional, default 1)
              visits       officer|编号, school|学校代码, date|日期, note|备注 (optional)
            Files saved by Excel or WPS (UTF-8, UTF-8 with BOM, GB18030) are read as they are. Rows already
            stored are skipped; if any row is wrong, every problem is listed and nothing is written.
            """)

    @Argument(help: "What the file holds: schools, classes, officers, assignments, meetings or lectures.")
    var kind: ImportKind

    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file.csv"))
    var file: String

    @Option(help: ArgumentHelp("Set the roster of this term (classes, officers, assignments): rows are added or changed from the term on, and classes of the file's schools (assignments of its officers) left out of the file end before it.", valueName: "term"))
    var term: String?

    @Flag(name: .customLong("dry-run"), help: "With --term: print what would be added, changed and ended, and write nothing.")
    var dryRun = false

    @OptionGroup var options: DatabaseOptions

    func validate() throws {
        if dryRun && term == nil {
            throw ValidationError("--dry-run 只能和 --term 一起用。")
        }
    }

    func run() throws {
        if let term {
            try reportingErrors(writes: !dryRun) {
                let calendar = try options.loadContent().requireTerm(id: term)
                let data = try readFile(file)
                let plan = try options.openDatabase().importRoster(kind, data: data, path: file, term: calendar,
                                                                   dryRun: dryRun, actor: options.actor)
                printDocument(plan.text)
            }
            return
        }
        try reportingErrors(writes: true) {
            let needsCalendar = kind == .meetings || kind == .lectures || kind == .visits
            let content = needsCalendar ? try options.loadContent() : TrackerContent(calendars: [])
            let database = try options.openDatabase()
            let result = try database.importCSV(kind, from: URL(fileURLWithPath: file), content: content,
                                                today: .todayInChina, actor: options.actor)
            report(result.warnings)
            print(result.summary)
        }
    }
}

/// The bytes of a file named on the command line, or a plain error naming it.
func readFile(_ path: String) throws -> Data {
    do {
        return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
        throw UserError("无法读取文件 \(path)。请检查文件名和路径。")
    }
}

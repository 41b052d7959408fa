import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign import schools|classes|officers|assignments|meetings|lectures FILE.csv`
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "从 CSV 文件导入名单或记录（要么全部导入，要么一条也不导入）。",
        discussion: """
            第一行是列名，中文或英文都可以，顺序不限：
              schools      code|学校代码, name|学校名称, county|区县, city|市州
              classes      school|学校代码, code|班级代码, name|班级名称, grade|年级, teacher|班主任
              officers     code|编号, name|姓名, role|职务, phone|电话（可不填）
              assignments  officer|编号, school|学校代码
              meetings     school|学校代码, class|班级代码, date|日期, kit|班会材料, teacher|主讲人,
                           attendance|参加人数（后三项可不填）
              lectures     officer|编号, school|学校代码, date|日期, topic|主题, audience|听众人数（可不填）,
                           hours|课时（可不填，默认 1）
              visits       officer|编号, school|学校代码, date|日期, note|备注（可不填）
            Excel 或 WPS 保存的文件（UTF-8、带 BOM 的 UTF-8、GB18030）可以直接导入。已有的行会跳过；
            只要有一行有错，就列出所有问题，一条也不写入。
            """)

    @Argument(help: "文件内容：schools（学校）、classes（班级）、officers（人员）、assignments（服务关系）、meetings（班会）、lectures（宣讲）或 visits（到校）。")
    var kind: ImportKind

    @Argument(help: ArgumentHelp("CSV 文件。", valueName: "file.csv"))
    var file: String

    @Option(help: ArgumentHelp("设置这个学期的名单（classes、officers、assignments）：从这个学期起新增或修改；文件中学校的班级（文件中人员的服务关系）没有列出的，从这个学期起结束。", valueName: "term"))
    var term: String?

    @Flag(name: .customLong("dry-run"), help: "和 --term 一起用：只列出将要新增、修改和结束的内容，不写入。")
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

import ArgumentParser
import CampaignCore
import Foundation
import Publishing
import Tracking

/// `campaign report bulletin|ledger|submit|list|show`
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "生成通报和台账，报送并留存（报送后的文件原样保存，之后的登记和作废不会改变它）。",
        subcommands: [BulletinCommand.self, LedgerCommand.self, Submit.self, List.self, Show.self])

    /// What a bulletin or ledger covers, and where its HTML, CSV and JSON go.
    struct Scope: ParsableArguments {
        @Option(help: "学期，例如 2026-autumn。") var term: String
        @Option(name: .customLong("as-of"), help: "统计截至日期（默认今天）。") var asOf: String?
        @Option(help: "只含这个区县。") var county: String?
        @Option(help: "只含这个市州（通报）。") var city: String?
        @Option(help: "只含这所学校（台账，学校代码）。") var school: String?
        @Option(help: ArgumentHelp("站点设置文件夹，通报抬头用其中 site.yaml 的 publisher。", valueName: "dir"))
        var site: String = "Site"
        @OptionGroup var options: DatabaseOptions
    }

    enum Kind: String, ExpressibleByArgument {
        case bulletin, ledger
    }

    /// The files of a bulletin or ledger of `scope`: `<kind>.html`, `<kind>.csv`, `<kind>.json`.
    static func make(_ kind: Kind, _ scope: Scope) throws -> (area: String, asOf: Day, term: String,
                                                              files: [(name: String, bytes: [UInt8])]) {
        let content = try scope.options.loadContent()
        let term = try content.requireTerm(id: scope.term)
        let asOf = try scope.asOf.map { try Day.option($0, flag: "--as-of") } ?? .todayInChina
        let issuer = (try? SiteConfig.load(from: URL(fileURLWithPath: scope.site), displayPath: "site.yaml"))?.publisher
            ?? "教育局"
        let database = try scope.options.openExistingDatabase()
        let now = Date()
        switch kind {
        case .bulletin:
            if scope.school != nil { throw UserError("通报按区县、市州或全省生成，不能用 --school；学校的情况请看台账（campaign report ledger）。") }
            if scope.county != nil && scope.city != nil { throw UserError("--county 和 --city 只能写一个。") }
            let level: Bulletin.Level = scope.county != nil ? .county : (scope.city != nil ? .city : .province)
            let area = scope.county ?? scope.city ?? "全省"
            let report = try database.complianceReport(
                term: term, asOf: asOf, rules: content.rules, scope: CheckScope(county: scope.county, city: scope.city),
                schoolYear: content.schoolYear(of: term))
            let bulletin = Bulletin(report: report, level: level, area: area, cities: try database.schoolCities(),
                                    stamp: ReportStamp(report: report, madeAt: now))
            return (area, asOf, term.id, [("bulletin.html", Array(bulletin.html(issuer: issuer).utf8)),
                                          ("bulletin.csv", Array(bulletin.csv.utf8)),
                                          ("bulletin.json", Array(bulletin.json.text().utf8))])
        case .ledger:
            guard scope.school != nil || scope.county != nil else {
                throw UserError("台账按学校或区县生成：请写 --school 学校代码 或 --county 区县。")
            }
            if scope.city != nil { throw UserError("台账不能用 --city，请按区县或学校生成。") }
            let ledger = try database.ledger(
                term: term, asOf: asOf, rules: content.rules, scope: CheckScope(school: scope.school, county: scope.county),
                schoolYear: content.schoolYear(of: term), kitTitles: content.kitTitles, madeAt: now)
            return (scope.school ?? scope.county ?? "", asOf, term.id,
                    [("ledger.html", Array(ledger.html(issuer: issuer).utf8)), ("ledger.csv", Array(ledger.csv.utf8)),
                     ("ledger.json", Array(ledger.json.text().utf8))])
        }
    }

    /// Writes the files into `folder`, creating it, and names them.
    static func write(_ files: [(name: String, bytes: [UInt8])], to folder: String) throws {
        let url = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for file in files {
                try Data(file.bytes).write(to: url.appendingPathComponent(file.name), options: .atomic)
            }
        } catch {
            throw UserError("无法写入文件夹 \(folder)。请检查路径和权限，或用 --output 指定另一个文件夹。")
        }
        print("已写入 \(files.map { "\(folder)/\($0.name)" }.joined(separator: "、"))")
    }

    struct BulletinCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "bulletin",
            abstract: "生成通报：下一级各单位的落实情况、排名、存在问题和缺少人员的学校（HTML 可打印，另有 CSV 和 JSON）。")
        @OptionGroup var scope: Scope
        @Option(help: ArgumentHelp("写入的文件夹。", valueName: "dir")) var output: String

        func run() throws {
            try reportingErrors(writes: false) { try Report.write(Report.make(.bulletin, scope).files, to: output) }
        }
    }

    struct LedgerCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ledger",
            abstract: "生成台账：每所学校一页，列出每个班的班会和每位人员的宣讲、到校和课时，作废的记录划线并注明原因。")
        @OptionGroup var scope: Scope
        @Option(help: ArgumentHelp("写入的文件夹。", valueName: "dir")) var output: String

        func run() throws {
            try reportingErrors(writes: false) { try Report.write(Report.make(.ledger, scope).files, to: output) }
        }
    }

    struct Submit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "生成并报送通报或台账：原样保存所报送的文件、摘要、报送人和时间。")
        @Argument(help: "bulletin（通报）或 ledger（台账）。") var kind: Kind
        @OptionGroup var scope: Scope
        @Option(help: "报送说明，例如“报市教育局”。") var note: String?
        @Option(help: ArgumentHelp("同时把文件写入这个文件夹。", valueName: "dir")) var output: String?

        func run() throws {
            try reportingErrors(writes: true) {
                let made = try Report.make(kind, scope)
                let database = try scope.options.openExistingDatabase()
                let id = try database.submit(kind: kind.rawValue, term: made.term, asOf: made.asOf, scope: made.area,
                                             note: note, files: made.files, actor: scope.options.actor)
                if let output { try Report.write(made.files, to: output) }
                print("已报送并留存，编号 \(id)。以后可用 campaign report show \(id) --output 文件夹 取回原样的文件。")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出所有报送记录。")
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: false) {
                let items = try options.openExistingDatabase().submissions()
                guard !items.isEmpty else {
                    print("还没有报送记录。")
                    return
                }
                print("编号  类型  范围        学期          截至        报送人    报送时间（北京时间）    说明")
                for item in items {
                    print("\(item.id)  \(item.kind == "bulletin" ? "通报" : "台账")  \(item.scope)  \(item.term)  \(item.asOf)  "
                        + "\(item.who)  \(BeijingTime.text(fromTimestamp: item.at))  \(item.note ?? "")")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "取回一次报送的文件，与报送时逐字节相同。")
        @Argument(help: "报送编号（campaign report list 可查）。") var id: Int64
        @Option(help: ArgumentHelp("写入的文件夹。", valueName: "dir")) var output: String
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: false) {
                try Report.write(options.openExistingDatabase().submissionFiles(id: id), to: output)
            }
        }
    }
}

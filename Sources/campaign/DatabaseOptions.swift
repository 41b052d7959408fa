import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `--db` and `--content` for the tracking commands.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("登记数据库文件（默认用环境变量 CAMPAIGN_DB，没有时用 campaign.sqlite）。",
                               valueName: "file"))
    var db: String?

    @Option(help: ArgumentHelp("含 calendar/、rules.yaml 和 kits/ 的内容文件夹。", valueName: "dir"))
    var content: String = "Content"

    @Option(help: ArgumentHelp("操作人姓名，记入操作记录（默认用环境变量 CAMPAIGN_USER，没有时用系统用户名）。",
                               valueName: "name"))
    var user: String?

    /// Who the audit names for this command's writes.
    var actor: AuditActor { .commandLine(user: user) }

    var databasePath: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["CAMPAIGN_DB"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return "campaign.sqlite"
    }

    /// Opens the database, creating it when absent.
    func openDatabase() throws -> TrackerDatabase {
        try TrackerDatabase.open(path: databasePath)
    }

    /// Opens a database that must already exist (reading commands never create an empty one).
    func openExistingDatabase() throws -> TrackerDatabase {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw UserError("数据库 \(databasePath) 不存在。请先导入名单（campaign import schools …），"
                + "或运行 campaign demo 生成演示数据；用 --db 或环境变量 CAMPAIGN_DB 可以指定其他文件。")
        }
        return try openDatabase()
    }

    /// Loads calendars, rules and kits, printing any warnings.
    func loadContent() throws -> TrackerContent {
        let loaded = try TrackerContent.load(from: URL(fileURLWithPath: content))
        report(loaded.warnings)
        return loaded
    }
}

extension Day {
    /// Today's date in China, whatever the server's time zone.
    static var todayInChina: Day {
        Day.today(in: TimeZone(identifier: "Asia/Shanghai") ?? .current)
    }

    /// Parses a date option in any spelling a CSV file may use (`2026-11-24`, `2026/11/24`,
    /// `2026年11月24日`), naming the option when it is wrong.
    static func option(_ text: String, flag: String) throws -> Day {
        try Day(text, flag: flag)
    }
}

/// Runs a tracking command body, printing its errors in plain Chinese on standard error and exiting
/// with `status` (ArgumentParser would print them after “Error:” with status 1). `writes` says
/// whether the command writes: only then does the message add that nothing was written.
func reportingErrors(status: Int32 = 2, writes: Bool, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as DiagnosticsError {
        report(error.diagnostics)
        let count = error.errors.count
        printError(writes ? "发现 \(count) 处错误，没有写入任何数据。" : "发现 \(count) 处错误。请按上面的提示修改后重试。")
        throw ExitCode(status)
    } catch let error as UserError {
        printError("错误：\(error.message)")
        throw ExitCode(status)
    } catch where TrackerDatabase.isBusy(error) {
        printError("错误：" + TrackerDatabase.busyMessage())
        throw ExitCode(status)
    }
}

/// Prints a finished document (it ends in its own newline).
func printDocument(_ text: String) {
    print(text, terminator: "")
}

extension ImportKind: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `--db` and `--content` for the tracking commands.
struct DatabaseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The tracker database file (default: $CAMPAIGN_DB, else campaign.sqlite).",
                               valueName: "file"))
    var db: String?

    @Option(help: ArgumentHelp("The folder with calendar/, rules.yaml and kits/.", valueName: "dir"))
    var content: String = "Content"

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

    /// Parses a date option, naming the option when it is wrong.
    static func option(_ text: String, flag: String) throws -> Day {
        guard let day = Day(iso: text) else {
            throw UserError("\(flag) 的日期“\(text)”不对。请写成 YYYY-MM-DD，例如 2026-11-24。")
        }
        return day
    }
}

/// Runs a tracking command body, printing its errors in plain Chinese on standard error and exiting
/// with `status` (ArgumentParser would print them after “Error:” with status 1).
func reportingErrors(status: Int32 = 1, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as DiagnosticsError {
        report(error.diagnostics)
        let count = error.errors.count
        printError("发现 \(count) 处错误，没有写入任何数据。")
        throw ExitCode(status)
    } catch let error as UserError {
        printError("错误：\(error.message)")
        throw ExitCode(status)
    }
}

/// Prints a finished document (it ends in its own newline).
func printDocument(_ text: String) {
    print(text, terminator: "")
}

extension ImportKind: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign db backup FILE` and `campaign db verify FILE`.
struct Db: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "备份和检查登记数据库。",
        subcommands: [DbBackup.self, DbVerify.self])
}

/// `campaign db backup FILE [--db campaign.sqlite]`
struct DbBackup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "把登记数据库备份到一个文件（网站运行、有人登记时也可以备份），然后检查备份。",
        discussion: """
            用 SQLite 的在线备份复制某一时刻完整一致的数据，不影响正在运行的网站和导入。备份先写到同一文件夹的\
            临时文件，完成后才改名为 FILE，所以 FILE 要么是原来的文件，要么是完整的备份。
            """)

    @Argument(help: ArgumentHelp("备份文件。", valueName: "file"))
    var file: String

    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try reportingErrors(status: 1, writes: false) {
            let source = URL(fileURLWithPath: options.databasePath).standardizedFileURL
            let destination = URL(fileURLWithPath: file).standardizedFileURL
            guard source.path != destination.path else {
                throw UserError("备份文件不能是数据库本身（\(file)）。请换一个文件名。")
            }
            try options.openExistingDatabase().backup(to: destination)
            let check = try TrackerDatabase.verify(path: destination.path)
            try DbVerify.report(check, path: file)
            print("已备份到 \(file)，检查通过。")
        }
    }
}

/// `campaign db verify FILE`
struct DbVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "检查一个数据库文件（例如备份）：完整性、外键、结构版本和各表行数；有问题时退出码为 1。")

    @Argument(help: ArgumentHelp("要检查的数据库文件。", valueName: "file"))
    var file: String

    func run() throws {
        try reportingErrors(status: 1, writes: false) {
            try Self.report(try TrackerDatabase.verify(path: file), path: file)
            print("\(file) 检查通过：完整性和外键都正常，结构是最新版本。")
        }
    }

    /// Prints the counts; throws with every problem when there is one.
    static func report(_ check: DatabaseCheck, path: String) throws {
        if !check.tables.isEmpty { printDocument(check.summary) }
        guard check.isSound else {
            for problem in check.problems { printError(problem) }
            throw UserError("\(path) 有 \(check.problems.count) 个问题，不能用来恢复。")
        }
    }
}

/// What `campaign db verify` found in a database file: the problems (plain Chinese sentences, none when
/// the file is sound), the schema migrations applied and expected, and the rows of every table.
public struct DatabaseCheck: Sendable, Equatable {
    public struct TableRows: Sendable, Equatable {
        public var table: String
        public var rows: Int
    }

    public var problems: [String] = []
    /// Migrations recorded in the file, in the order this version registers them.
    public var appliedMigrations: [String] = []
    /// Migrations this version of campaign registers.
    public var knownMigrations: [String] = []
    /// Every table but SQLite's and GRDB's own, by name.
    public var tables: [TableRows] = []

    public var isSound: Bool { problems.isEmpty }

    public func rows(in table: String) -> Int? {
        tables.first { $0.table == table }?.rows
    }

    /// The report for a terminal: the schema version, then one line per table.
    public var summary: String {
        var lines = ["结构版本：\(appliedMigrations.count)（共 \(knownMigrations.count) 步，最新一步：\(appliedMigrations.last ?? "无")）"]
        let width = tables.map(\.table.count).max() ?? 0
        lines.append("各表行数：")
        for entry in tables {
            lines.append("  " + entry.table.padding(toLength: width, withPad: " ", startingAt: 0) + "  \(entry.rows)")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

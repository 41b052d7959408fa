import ArgumentParser
import CampaignCore
import Tracking

/// `ID --reason R` of `meeting void`, `lecture void` and `visit void`.
struct VoidArguments: ParsableArguments {
    @Argument(help: "记录的编号（list 命令会列出）。") var id: Int64
    @Option(help: "作废的原因。") var reason: String
    @OptionGroup var options: DatabaseOptions

    /// Voids the entry through `void` and says so: `班会记录 12 已作废。`
    func run(noun: String, _ void: (TrackerDatabase, Int64, String, AuditActor) throws -> Void) throws {
        try reportingErrors(writes: true) {
            try void(options.openExistingDatabase(), id, reason, options.actor)
            print("\(noun) \(id) 已作废。")
        }
    }
}

/// `[--school S] [--term T] [--format F]` of the list commands.
struct ListArguments: ParsableArguments {
    @Option(help: "只列出这所学校（学校代码）。") var school: String?
    @Option(help: "只列出这个学期（例如 2026-autumn）。") var term: String?
    @Option(help: "输出格式：table（表格）、json 或 csv。") var format: OutputFormat = .table
    @OptionGroup var options: DatabaseOptions

    /// Prints the entries `render` makes of the database and the filter (with `officer` when given).
    func run(officer: String? = nil, _ render: (TrackerDatabase, EntryFilter, OutputFormat) throws -> String) throws {
        try reportingErrors(status: 2, writes: false) {
            let term = try self.term.map { try options.loadContent().requireTerm(id: $0) }
            let filter = EntryFilter(school: school, officer: officer, term: term)
            printDocument(try render(options.openExistingDatabase(), filter, format))
        }
    }
}

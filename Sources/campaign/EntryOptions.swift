import ArgumentParser
import CampaignCore
import Tracking

/// `ID --reason R` of `meeting void`, `lecture void` and `visit void`.
struct VoidArguments: ParsableArguments {
    @Argument(help: "The entry's id (编号; the list command shows it).") var id: Int64
    @Option(help: "Why it is voided.") var reason: String
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
    @Option(help: "Only this school (code).") var school: String?
    @Option(help: "Only this term (e.g. 2026-autumn).") var term: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
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

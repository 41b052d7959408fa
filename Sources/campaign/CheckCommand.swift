import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign check --term T [--as-of D] [--known-on D] [--format table|json|csv] [--school S] [--county C]
/// [--city M] [--officer P]`
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every class and officer against the term's requirements.",
        discussion: """
            Exit status: 0 when nothing is behind or missed, 1 when something is, 2 on bad input.
            """)

    @Option(help: "The term, e.g. 2026-autumn (a file in Content/calendar).") var term: String
    @Option(name: .customLong("as-of"), help: "The date to check on, YYYY-MM-DD (default: today).") var asOf: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    // Arrays only so that a repeated flag is an error instead of the last one silently winning.
    @Option(help: "Only this school (code); at most once.") var school: [String] = []
    @Option(help: "Only this county (区县); at most once.") var county: [String] = []
    @Option(help: "Only this city (市州); at most once.") var city: [String] = []
    @Option(help: "Only this officer (编号): their lectures, visits and 课时; at most once.") var officer: [String] = []
    @Option(name: .customLong("known-on"),
            help: "Show the data as recorded at the end of this day (Beijing time): later entries and voids are left out.")
    var knownOn: String?
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        var hasProblems = false
        try reportingErrors(status: 2, writes: false) {
            let day = try asOf.map { try Day.option($0, flag: "--as-of") } ?? .todayInChina
            let content = try options.loadContent()
            let calendar = try content.requireTerm(id: term)
            let known = try knownOn.map { try Day.option($0, flag: "--known-on") }
            let scope = try CheckScope(school: school, county: county, city: city, officer: officer)
            let report = try options.openExistingDatabase().complianceReport(
                term: calendar, asOf: day, rules: content.rules, scope: scope, knownOn: known,
                schoolYear: content.schoolYear(of: calendar))
            switch format {
            case .table: printDocument(report.table)
            case .json: writeStandardOutput(report.jsonBytes)
            case .csv: printDocument(report.csv)
            }
            hasProblems = report.hasProblems
        }
        if hasProblems { throw ExitCode(1) }
    }
}

/// Writes bytes to standard output with write(2), for documents of tens of megabytes (no copy into
/// `Data` or `String` first).
func writeStandardOutput(_ bytes: [UInt8]) {
    fflush(nil)
    bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = write(STDOUT_FILENO, base + offset, buffer.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}

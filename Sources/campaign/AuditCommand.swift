import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign audit [--since D] [--format table|csv|json]`
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the audit trail: every write, when (Beijing time), by whom and from where.",
        discussion: """
            Command-line writes are recorded under --user NAME, else $CAMPAIGN_USER, else the OS user; \
            writes in the web app under web:ACCOUNT with the browser's address.
            """)

    @Option(help: "Only what was written on or after this day (Beijing time), e.g. 2026-11-13.")
    var since: String?

    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try reportingErrors(status: 2, writes: false) {
            let day = try since.map { try Day.option($0, flag: "--since") }
            let entries = try options.openExistingDatabase().auditTrail(since: day)
            printDocument(AuditListing.render(entries, as: format))
        }
    }
}

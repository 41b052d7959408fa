import ArgumentParser
import CampaignCore
import Foundation
import Publishing

/// `campaign build --db FILE [--term T]`: add the public compliance dashboard.
struct DashboardOptions: ParsableArguments {
    @Option(help: "A tracker database: adds /dashboard/ with the term's compliance counts.")
    var db: String?

    @Option(help: "The term the dashboard shows (default: the term containing --as-of).")
    var term: String?

    func page(content: URL, asOf: Day) throws -> ExtraPage? {
        nil
    }
}

import CampaignCore
import Foundation

/// Builds the whole site: read, check and render every source, then write pages, downloads,
/// listings and feeds into a staging folder that replaces the output only when all went well.
public struct SiteBuilder: Sendable {
    public typealias Progress = @Sendable (_ done: Int, _ total: Int) -> Void

    public let options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site. Throws `DiagnosticsError` with every problem found (warnings included) when
    /// any is an error; the output folder is then left exactly as it was.
    public func build(progress: Progress? = nil) async throws -> BuildSummary {
        let started = Date()
        let snapshot = try await SiteSnapshot.load(options: options)
        let output = try OutputFolder(destination: options.output)
        do {
            var summary = try await snapshot.write(to: output, progress: progress)
            if options.searchIndex {
                let searchStart = Date()
                if let note = SearchIndex.run(on: output.staging) {
                    summary.searchNote = note
                } else {
                    summary.searchSeconds = Date().timeIntervalSince(searchStart)
                }
            }
            try output.commit()
            summary.seconds = Date().timeIntervalSince(started)
            return summary
        } catch {
            output.discard()
            throw error
        }
    }
}

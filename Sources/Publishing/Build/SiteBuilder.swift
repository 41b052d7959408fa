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
        var timer = PhaseTimer()
        let fingerprint = BuildCache.fingerprint(options: options)
        let previous = options.incremental ? BuildCache.load(for: options.output, fingerprint: fingerprint) : nil
        timer.lap("cache")
        let snapshot = try await SiteSnapshot.load(options: options, cache: previous)
        timer.lap("read+render")
        let output = try OutputFolder(destination: options.output)
        do {
            let result = try await snapshot.write(to: output, previous: previous, progress: progress)
            timer.lap("write")
            var summary = result.summary
            let pagesChanged = previous == nil || (result.written + result.stale).contains { $0.hasSuffix(".html") }
            if previous != nil {
                // Until the new cache is written, a crash leaves a cache that no longer matches.
                BuildCache.remove(for: options.output)
                try output.commitChanges(written: result.written, stale: result.stale)
            }
            if options.searchIndex && pagesChanged {
                let searchStart = Date()
                if let note = SearchIndex.run(on: previous == nil ? output.staging : output.destination) {
                    summary.searchNote = note
                } else {
                    summary.searchSeconds = Date().timeIntervalSince(searchStart)
                }
            }
            if previous == nil { try output.commit() }
            timer.lap("commit")
            BuildCache(fingerprint: fingerprint, outputIdentity: "", linkIndex: snapshot.linkIndex,
                       sources: snapshot.sources, jobs: result.jobs)
                .save(for: options.output)
            timer.lap("save cache")
            summary.seconds = Date().timeIntervalSince(started)
            return summary
        } catch {
            output.discard()
            throw error
        }
    }
}

/// With CAMPAIGN_TIMINGS=1 in the environment, prints how long each build phase took to standard
/// error (for benchmarks).
struct PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["CAMPAIGN_TIMINGS"] == "1"
    private var last = Date()

    mutating func lap(_ phase: String) {
        guard enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data((phase.padding(toLength: 12, withPad: " ", startingAt: 0)
            + String(format: "%7.3f s\n", now.timeIntervalSince(last))).utf8))
        last = now
    }
}

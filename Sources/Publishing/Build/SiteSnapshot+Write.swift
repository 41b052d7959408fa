import CampaignCore
import Foundation

/// One piece of the output: an id that stays the same from build to build, a digest of
/// everything its files are made from, and how to make them.
struct OutputJob: Sendable {
    var id: String
    var key: String
    /// Sources whose rendered HTML `make` reads.
    var needs: [String] = []
    var make: @Sendable (SiteSnapshot) throws -> [(String, Data)]
}

/// What the write phase did.
struct WriteResult {
    var summary: BuildSummary
    /// Every job's files and key, for the next build's cache.
    var jobs: [String: CachedJob]
    /// Files written into the staging folder (paths below the site root).
    var written: [String]
    /// Files of the previous build that no job makes any more.
    var stale: [String]
}

extension SiteSnapshot {
    /// Every output job, the slowest first so that both cores stay busy to the end.
    func outputJobs() async -> [OutputJob] {
        var timer = PhaseTimer()
        var jobs = await listingJobs()
        timer.lap("  listings")
        for doc in kits {
            let attached = attachments[doc.document.slug] ?? []
            var digest = Digest()
            digest.add(renderKey(doc))
            for a in attached { digest.add(renderKey(a)) }
            for asset in kitAssets[doc.document.slug] ?? [] {
                digest.add(asset.source)
                digest.add(content.stamps[asset.source]?.description ?? "")
            }
            jobs.append(OutputJob(id: "kit:\(doc.document.source)", key: digest.finish(),
                                  needs: [doc.document.source] + attached.map(\.document.source)) { snapshot in
                try snapshot.kitFiles(snapshot.rendered(doc))
            })
        }
        for doc in cases + letters + pages {
            jobs.append(OutputJob(id: "doc:\(doc.document.source)", key: renderKey(doc),
                                  needs: [doc.document.source]) { snapshot in
                snapshot.documentFiles(snapshot.rendered(doc))
            })
        }
        for extra in options.extraPages {
            var digest = Digest()
            for part in [extra.path, extra.title, extra.description, extra.bodyHTML] { digest.add(part) }
            jobs.append(OutputJob(id: "extra:\(extra.path)", key: digest.finish()) { snapshot in
                [snapshot.extraPage(extra)]
            })
        }
        for asset in content.assets {
            let url = options.content.appendingPathComponent(asset.source)
            jobs.append(OutputJob(id: "asset:\(asset.source)", key: content.stamps[asset.source]?.description ?? "") { _ in
                [(asset.outputPath, try Data(contentsOf: url))]
            })
        }
        let assetsFolder = options.site.appendingPathComponent("assets")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: assetsFolder.path))?.sorted() ?? []
        where !name.hasPrefix(".") {
            // The theme folder is part of the cache's fingerprint: a changed asset means a full build.
            let url = assetsFolder.appendingPathComponent(name)
            jobs.append(OutputJob(id: "site:\(name)", key: "") { _ in [("assets/\(name)", try Data(contentsOf: url))] })
        }
        return jobs
    }

    /// The digest input for a document's own page.
    func renderKey(_ doc: RenderedDocument) -> String {
        doc.renderKey(stamp: content.stamps[doc.document.source])
    }

    /// `doc` as filled in by `filled`, with its HTML (jobs hold the unfilled copy).
    func rendered(_ doc: RenderedDocument) -> RenderedDocument {
        doc.isRendered ? doc : filledDocuments[doc.document.source] ?? doc
    }

    /// Runs the jobs whose key differs from `previous` (all of them without a cache) on all
    /// cores, writing their files into the staging folder.
    func write(to output: OutputFolder, previous: BuildCache?, progress: SiteBuilder.Progress?) async throws
        -> WriteResult {
        var timer = PhaseTimer()
        let jobs = await outputJobs()
        timer.lap(" jobs")
        let dirty = jobs.filter { previous?.jobs[$0.id]?.key != $0.key }
        let snapshot = await filled(Set(dirty.flatMap(\.needs)))
        timer.lap(" fill")
        let total = dirty.count
        let counter = ProgressCounter()
        let results = await dirty.parallelMap(batch: 1) { job -> Result<[String], Error> in
            do {
                var paths: [String] = []
                for (path, data) in try job.make(snapshot) {
                    let file = path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path
                    try output.write(data, to: file)
                    paths.append(file)
                }
                if let progress { progress(counter.increment(), total) }
                return .success(paths)
            } catch {
                return .failure(error)
            }
        }
        timer.lap(" run")
        var cached: [String: CachedJob] = [:]
        var written: [String] = []
        for (job, result) in zip(dirty, results) {
            switch result {
            case let .success(paths):
                cached[job.id] = CachedJob(key: job.key, files: paths)
                written += paths
            case let .failure(error):
                throw UserError("写入网站文件时出错：\(error)。请检查磁盘空间和输出文件夹的写入权限。")
            }
        }
        for job in jobs where cached[job.id] == nil {
            if let old = previous?.jobs[job.id] { cached[job.id] = old }
        }
        var stale: [String] = []
        if let previous {
            let current = Set(cached.values.flatMap(\.files))
            stale = previous.jobs.values.flatMap(\.files).filter { !current.contains($0) }.sorted()
        }
        var summary = BuildSummary()
        summary.pages = cached.values.reduce(0) { $0 + $1.files.filter { $0.hasSuffix(".html") }.count }
        summary.kits = kits.count
        summary.cases = cases.count
        summary.letters = letters.count
        summary.warnings = warnings
        if previous != nil { summary.updatedFiles = written.count + stale.count }
        return WriteResult(summary: summary, jobs: cached, written: written, stale: stale)
    }

    func extraPage(_ extra: ExtraPage) -> (String, Data) {
        var ctx = baseContext(extra.path, title: extra.title, description: extra.description,
                              nav: extra.path.split(separator: "/").first.map(String.init))
        ctx["title"] = extra.title
        ctx["body"] = extra.bodyHTML
        return (extra.path, Data(templates.render(ctx, with: "extra").utf8))
    }
}

/// Counts finished jobs across threads for the progress display.
final class ProgressCounter: @unchecked Sendable {
    // Guarded by `lock`: incremented from the parallel writers.
    private let lock = NSLock()
    private var done = 0

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        return done
    }
}

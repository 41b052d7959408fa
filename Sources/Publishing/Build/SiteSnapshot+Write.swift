import CampaignCore
import Foundation

extension SiteSnapshot {
    /// One file to write: its path below the site root and its bytes.
    typealias Job = @Sendable () throws -> [(String, Data)]

    /// Renders and writes every output file into the staging folder, on all cores.
    func write(to output: OutputFolder, progress: SiteBuilder.Progress?) async throws -> BuildSummary {
        var jobs: [Job] = []
        for doc in kits { jobs.append { [self] in try kitFiles(doc) } }
        for doc in cases + letters + pages { jobs.append { [self] in documentFiles(doc) } }
        jobs += listingJobs()
        for extra in options.extraPages { jobs.append { [self] in [extraPage(extra)] } }
        for asset in content.assets {
            let url = options.content.appendingPathComponent(asset.source)
            jobs.append { [(asset.outputPath, try Data(contentsOf: url))] }
        }
        let assetsFolder = options.site.appendingPathComponent("assets")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: assetsFolder.path)) ?? []
        where !name.hasPrefix(".") {
            let url = assetsFolder.appendingPathComponent(name)
            jobs.append { [("assets/\(name)", try Data(contentsOf: url))] }
        }

        let total = jobs.count
        let counter = ProgressCounter()
        let results = await jobs.parallelMap { job -> Result<Int, Error> in
            do {
                let files = try job()
                for (path, data) in files {
                    try output.write(data, to: path.hasSuffix("/") || path.isEmpty ? path + "index.html" : path)
                }
                if let progress { progress(counter.increment(), total) }
                return .success(files.filter { $0.0.hasSuffix("/") || $0.0.isEmpty || $0.0.hasSuffix(".html") }.count)
            } catch {
                return .failure(error)
            }
        }
        var pages = 0
        for result in results {
            switch result {
            case let .success(n): pages += n
            case let .failure(error):
                throw UserError("写入网站文件时出错：\(error)。请检查磁盘空间和输出文件夹的写入权限。")
            }
        }
        var summary = BuildSummary()
        summary.pages = pages
        summary.kits = kits.count
        summary.cases = cases.count
        summary.letters = letters.count
        summary.warnings = warnings
        return summary
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

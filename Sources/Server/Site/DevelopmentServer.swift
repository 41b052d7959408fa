import CampaignCore
import Foundation
import Hummingbird
import Logging
import Publishing
import Tracking

/// `campaign serve`: builds the site with the live-reload script into a folder of its own, serves it
/// with the app, and rebuilds when the content or the theme changes.
public struct DevelopmentServer: Sendable {
    public var configuration: ServerConfiguration
    public var database: TrackerDatabase
    public var host: String
    public var port: Int
    /// Where the development build goes (never the folder of `campaign build`).
    public var output: URL
    /// What happened, in a sentence, for the terminal.
    public var report: @Sendable (String) -> Void

    public init(configuration: ServerConfiguration, database: TrackerDatabase, host: String, port: Int, output: URL,
                report: @escaping @Sendable (String) -> Void) {
        self.configuration = configuration
        self.database = database
        self.host = host
        self.port = port
        self.output = output
        self.report = report
    }

    /// Builds the site once, then serves until interrupted (SIGINT/SIGTERM).
    public func run() async throws {
        var configuration = configuration
        configuration.builtSite = output
        let summary = try await buildSite()
        report(summary.line)
        let services = try await makeServices(database: database, configuration: configuration)
        let liveReload = LiveReload()
        let app = buildApplication(services: services, host: host, port: port, liveReload: liveReload)
        let watcher = SiteWatcher(folders: [configuration.contentFolder, configuration.siteFolder]) {
            await rebuild(services: services, liveReload: liveReload)
        }
        report("网站：http://\(host):\(port)/    登记系统：http://\(host):\(port)/app/    按 Ctrl-C 停止。")
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask { await watcher.run() }
            // The app returns when it is told to stop; the watcher stops with it.
            try await group.next()
            group.cancelAll()
        }
    }

    private func buildSite() async throws -> BuildSummary {
        var options = BuildOptions(content: configuration.contentFolder, site: configuration.siteFolder, output: output,
                                   asOf: Day(date: configuration.clock.now(), timeZone: configuration.timeZone))
        options.devReload = true
        options.searchIndex = false
        return try await SiteBuilder(options: options).build()
    }

    private func rebuild(services: AppServices, liveReload: LiveReload) async {
        do {
            let summary = try await buildSite()
            try await services.content.reload()
            services.pages.replace(with: try await PageRenderer.load(siteFolder: configuration.siteFolder))
            liveReload.bump()
            report("已重新生成：\(summary.line)")
        } catch let error as DiagnosticsError {
            report("内容有错误，网站保持上一次的版本：\n\(error.description)")
        } catch {
            report("重新生成失败，网站保持上一次的版本：\(error)")
        }
    }
}

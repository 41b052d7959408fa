import CampaignCore
import Foundation
import Publishing
import Testing
@testable import Server

/// Live reload belongs to `campaign serve` only: a normal build has neither the script nor the app's templates.
@Suite struct DevelopmentBuildTests {
    func build(devReload: Bool) async throws -> (URL, [String]) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("serve-build-\(UUID().uuidString)")
        var options = BuildOptions(content: Repository.content, site: Repository.site, output: output,
                                   asOf: day("2026-11-24"))
        options.devReload = devReload
        options.searchIndex = false
        _ = try await SiteBuilder(options: options).build()
        let files = FileManager.default.enumerator(atPath: output.path)?.allObjects.compactMap { $0 as? String } ?? []
        return (output, files)
    }

    @Test func onlyTheDevelopmentBuildLoadsTheReloadScript() async throws {
        let (normal, files) = try await build(devReload: false)
        defer { try? FileManager.default.removeItem(at: normal) }
        #expect(!files.contains { $0.hasPrefix("app/") || $0.hasSuffix(".mustache") || $0.contains("_reload") })
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(!pages.isEmpty)
        for page in pages {
            let html = try String(contentsOf: normal.appendingPathComponent(page), encoding: .utf8)
            #expect(!html.contains("_reload"), "\(page)")
        }
        let (development, _) = try await build(devReload: true)
        defer { try? FileManager.default.removeItem(at: development) }
        let home = try String(contentsOf: development.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains(#"<script src="/_reload.js" defer></script>"#))
    }
}

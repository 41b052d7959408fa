import CampaignCore
import Foundation
import Testing
@testable import Publishing

/// The bundled Content/ library: minimum counts, every band and theme covered, no errors or warnings.
@Suite struct ContentLibraryTests {
    @Test func bundledContentBuildsCleanlyWithTheMinimumLibrary() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-library-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(content: Fixture.repository.appendingPathComponent("Content"), site: Fixture.site,
                                   output: output, contentDisplay: "Content", siteDisplay: "Site",
                                   asOf: Day(iso: "2026-11-24") ?? Day(ordinal: 0))
        options.searchIndex = false
        let summary = try await SiteBuilder(options: options).build()
        #expect(summary.warnings.map(\.description) == [])
        #expect(summary.kits >= 15)
        #expect(summary.cases >= 8)
        #expect(summary.letters >= 12)

        let config = try SiteConfig.load(from: Fixture.site, displayPath: "Site/site.yaml")
        let content = await ContentSet.load(from: options.content, displayRoot: "Content", site: config)
        let kits = content.documents.filter { $0.kind == .kit }
        for grade in Grade.allCases {
            #expect(kits.contains { $0.grades.contains(grade) }, "no kit for \(grade.rawValue)")
        }
        for theme in config.themes {
            #expect(kits.contains { $0.themes.contains(theme.slug) }, "no kit for theme \(theme.slug)")
        }
        for kit in kits {
            #expect(content.documents.contains { $0.kind == .attachment && $0.kitSlug == kit.slug },
                    "kit \(kit.slug) has no printable handout")
        }
        let pages = Set(content.documents.filter { $0.kind == .page }.map(\.slug))
        #expect(pages.isSuperset(of: ["about", "how-to-use-kits", "help"]))
        let issues = content.documents.compactMap(\.issue).sorted()
        #expect(issues == Array(1...issues.count))
    }
}

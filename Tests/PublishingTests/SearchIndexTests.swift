import Foundation
import Testing
@testable import Publishing

/// Pagefind indexes every content page (kits, cases, letters, pages) under zh-cn. CI installs
/// pagefind-bin-extended; on a machine without it this test records that it did not run.
@Suite struct SearchIndexTests {
    @Test func indexesEveryContentPageInChinese() async throws {
        guard SearchIndex.locate() != nil else {
            Issue.record("Pagefind is not installed: python3 -m pip install pagefind-bin-extended")
            return
        }
        let fixture = try Fixture.small()
        defer { fixture.remove() }
        var options = fixture.options()
        options.searchIndex = true
        let summary = try await SiteBuilder(options: options).build()
        #expect(summary.searchNote == nil)
        #expect(summary.searchSeconds != nil)
        let entry = try fixture.read("pagefind/pagefind-entry.json")
        // One kit, one case, two published letters, one page (handouts are print pages, not indexed).
        #expect(entry.contains("\"zh-cn\""))
        #expect(entry.contains("\"page_count\":5"))
        #expect(fixture.exists("pagefind/pagefind-ui.js"))
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Publishing
import Testing
@testable import Server

@Suite struct PublicityTests {
    @Test func publicityStaffSeeLettersAndDraftsRendered() async throws {
        let app = try await TestApp()
        let site = try SiteConfig.load(from: Repository.site, displayPath: "site.yaml")
        let letters = await ContentSet.load(from: Repository.content, displayRoot: "Content", site: site).documents
            .filter { $0.kind == .letter }
        let draft = letters.first { $0.draft }
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("press")
            let list = try await browser.get("/app/letters")
            #expect(list.status == .ok)
            #expect(list.text.contains("家长信预览"))
            #expect(list.text.contains("第 \(letters.first?.issue ?? 0) 期"))
            if let draft {
                #expect(list.text.contains("草稿"))
                let slug = draft.slug
                let page = try await browser.get("/app/letters/\(slug)")
                #expect(page.status == .ok)
                #expect(page.text.contains("草稿，尚未发布"))
                #expect(page.text.contains(#"<base href="/letters/\#(slug)/">"#))
                #expect(page.text.contains("<p>"))
            }
            #expect(try await browser.get("/app/letters/no-such-letter").status == .notFound)
        }
    }

    @Test func othersCannotPreviewLetters() async throws {
        let app = try await TestApp()
        try await app.test { client async throws in
            let browser = Browser(client)
            try await browser.signIn("officer1")
            #expect(try await browser.get("/app/letters").status == .forbidden)
        }
    }
}

import CampaignCore
import Foundation
import Hummingbird
import Publishing

/// Publicity staff: every parent letter, drafts included, rendered as the site will publish it.
/// Read from the content folder on each request, so a saved edit shows on the next reload.
struct LetterRoutes {
    let services: AppServices

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("letters", use: list)
        group.get("letters/:slug", use: preview)
    }

    private func load() async throws -> (ContentSet, SiteConfig) {
        let configuration = services.configuration
        let site = try SiteConfig.load(from: configuration.siteFolder, displayPath: "site.yaml")
        let content = await ContentSet.load(from: configuration.contentFolder,
                                            displayRoot: configuration.contentFolder.lastPathComponent, site: site)
        return (content, site)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.publicity, context)
        let (content, _) = try await load()
        let today = services.today
        let letters = content.documents.filter { $0.kind == .letter }
            .sorted { ($0.issue ?? 0, $0.slug) > ($1.issue ?? 0, $1.slug) }
        var page = PageContext(user: user, title: "家长信预览")
        page["letters"] = letters.map { doc in
            ["slug": doc.slug, "title": doc.title, "issue": doc.issue.map(String.init) ?? "—",
             "date": doc.date?.description ?? "未定", "isDraft": doc.draft,
             "isScheduled": !doc.draft && !doc.isPublished(asOf: today)] as [String: Any]
        }
        page["hasLetters"] = !letters.isEmpty
        page["problems"] = content.diagnostics.filter { $0.path.contains("/letters/") }.map(\.description)
        return services.pages.renderer.page("letters", page.values)
    }

    @Sendable func preview(_ request: Request, context: AppRequestContext) async throws -> Response {
        let user = try RoleGuard.require(.publicity, context)
        let slug = context.parameters.get("slug") ?? ""
        let (content, site) = try await load()
        guard let doc = content.documents.first(where: { $0.kind == .letter && $0.slug == slug }) else {
            throw PageError(.notFound, "没有找到这期家长信。请回到列表重新选择。")
        }
        let today = services.today
        let links = LinkResolver(documents: content.documents, assets: content.assets,
                                 isPublished: { $0.isPublished(asOf: today) })
        let renderer = DocumentRenderer(links: links, displayRoot: content.displayRoot, baseURL: site.baseURL)
        let rendered = renderer.render(doc, published: true)
        var page = PageContext(user: user, title: doc.title)
        page["letter"] = ["title": doc.title, "issue": doc.issue.map(String.init) ?? "", "summary": doc.summary,
                          "date": doc.date?.description ?? "未定", "isDraft": doc.draft,
                          "isScheduled": !doc.draft && !doc.isPublished(asOf: today)] as [String: Any]
        // Relative links in the letter point into the site, as they will once published.
        page["base"] = "/\(doc.outputPath)"
        page["body"] = rendered.html
        page["problems"] = rendered.diagnostics.map(\.description)
        return services.pages.renderer.page("letter", page.values)
    }
}

import CampaignCore
import Foundation

/// Everything a build knows once sources are read and rendered: immutable, shared by the
/// parallel page writers.
struct SiteSnapshot: Sendable {
    let options: BuildOptions
    let config: SiteConfig
    let templates: Templates
    let content: ContentSet
    /// Published documents, rendered, by kind.
    let kits: [RenderedDocument]
    let attachments: [String: [RenderedDocument]]  // by kit slug
    let kitAssets: [String: [Asset]]  // by kit slug
    let cases: [RenderedDocument]
    /// Newest first.
    let letters: [RenderedDocument]
    let pages: [RenderedDocument]
    let warnings: [Diagnostic]
    let printCSS: String

    static func load(options: BuildOptions) async throws -> SiteSnapshot {
        var config = try SiteConfig.load(from: options.site, displayPath: "\(options.siteDisplay)/site.yaml")
        if let base = options.baseURL {
            config.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        let templates = try await Templates.load(from: options.site, displayPath: options.siteDisplay)
        guard FileManager.default.fileExists(atPath: options.content.path) else {
            throw UserError("找不到内容文件夹 \(options.contentDisplay)。请用 --content 指定放 Markdown 的文件夹。")
        }
        let content = await ContentSet.load(from: options.content, displayRoot: options.contentDisplay, site: config)

        let drafts = options.drafts
        let asOf = options.asOf
        var kitsPublished: [String: Bool] = [:]
        for doc in content.documents where doc.kind == .kit {
            kitsPublished[doc.slug] = drafts || doc.isPublished(asOf: asOf)
        }
        let kitPublished = kitsPublished
        let isPublished: @Sendable (Document) -> Bool = { doc in
            if doc.kind == .attachment { return kitPublished[doc.kitSlug ?? ""] ?? false }
            return drafts || doc.isPublished(asOf: asOf)
        }
        let links = LinkResolver(documents: content.documents, assets: content.assets, isPublished: isPublished)
        let renderer = DocumentRenderer(links: links, displayRoot: content.displayRoot, baseURL: config.baseURL)
        let rendered = await content.documents.parallelMap { doc in
            renderer.render(doc, published: isPublished(doc))
        }

        var diagnostics = content.diagnostics
        for r in rendered { diagnostics += r.diagnostics }
        diagnostics.sort { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(diagnostics)
        }

        let published = rendered.filter { isPublished($0.document) }
        func byTitle(_ a: RenderedDocument, _ b: RenderedDocument) -> Bool {
            (a.document.title, a.document.source) < (b.document.title, b.document.source)
        }
        func newest(_ a: RenderedDocument, _ b: RenderedDocument) -> Bool {
            let da = a.document.date ?? Day(ordinal: 0), db = b.document.date ?? Day(ordinal: 0)
            if da != db { return da > db }
            return (a.document.issue ?? 0, a.document.source) > (b.document.issue ?? 0, b.document.source)
        }
        let printCSS = (try? TextFile.read(options.site.appendingPathComponent("assets/print.css"))) ?? ""
        return SiteSnapshot(
            options: options, config: config, templates: templates, content: content,
            kits: published.filter { $0.document.kind == .kit }.sorted(by: byTitle),
            attachments: Dictionary(grouping: published.filter { $0.document.kind == .attachment },
                                    by: { $0.document.kitSlug ?? "" })
                .mapValues { $0.sorted { $0.document.source < $1.document.source } },
            kitAssets: Dictionary(grouping: content.assets.filter { $0.kitSlug != nil }, by: { $0.kitSlug ?? "" }),
            cases: published.filter { $0.document.kind == .caseStudy }.sorted(by: newest),
            letters: published.filter { $0.document.kind == .letter }.sorted(by: newest),
            pages: published.filter { $0.document.kind == .page }.sorted(by: byTitle),
            warnings: diagnostics, printCSS: printCSS)
    }
}

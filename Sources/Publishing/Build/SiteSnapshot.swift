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
    private(set) var kits: [RenderedDocument]
    private(set) var attachments: [String: [RenderedDocument]]  // by kit slug
    let kitAssets: [String: [Asset]]  // by kit slug
    private(set) var cases: [RenderedDocument]
    /// Newest first.
    private(set) var letters: [RenderedDocument]
    private(set) var pages: [RenderedDocument]
    let warnings: [Diagnostic]
    let printCSS: String
    /// Renders documents taken from the cache when a job needs their HTML.
    let renderer: DocumentRenderer
    /// What this build read, to be saved as the next build's cache.
    let sources: [String: CachedSource]
    /// `LinkResolver.digest` of this build.
    let linkIndex: String
    /// The documents `filled` rendered, by source.
    private(set) var filledDocuments: [String: RenderedDocument] = [:]

    /// Reads and renders the content. With a `cache` from the previous build, sources whose file
    /// and links are unchanged are neither read nor rendered (see `filled`).
    static func load(options: BuildOptions, cache: BuildCache? = nil) async throws -> SiteSnapshot {
        var config = try SiteConfig.load(from: options.site, displayPath: "\(options.siteDisplay)/site.yaml")
        if let base = options.baseURL {
            config.baseURL = base.hasSuffix("/") ? base : base + "/"
        }
        let templates = try await Templates.load(from: options.site, displayPath: options.siteDisplay)
        guard FileManager.default.fileExists(atPath: options.content.path) else {
            throw UserError("找不到内容文件夹 \(options.contentDisplay)。请用 --content 指定放 Markdown 的文件夹。")
        }
        var timer = PhaseTimer()
        let content = await ContentSet.load(from: options.content, displayRoot: options.contentDisplay, site: config,
                                            cache: cache)

        timer.lap(" content")
        let drafts = options.drafts
        let asOf = options.asOf
        var kitsPublished: [String: Bool] = [:]
        let flawed = content.flawed.map(\.document)
        for doc in content.documents + flawed where doc.kind == .kit {
            kitsPublished[doc.slug] = drafts || doc.isPublished(asOf: asOf)
        }
        let kitPublished = kitsPublished
        let isPublished: @Sendable (Document) -> Bool = { doc in
            if doc.kind == .attachment { return kitPublished[doc.kitSlug ?? ""] ?? false }
            return drafts || doc.isPublished(asOf: asOf)
        }
        // Documents with front-matter errors are link targets too: the file is there.
        let links = LinkResolver(documents: content.documents + flawed, assets: content.assets,
                                 isPublished: isPublished)
        let renderer = DocumentRenderer(links: links, displayRoot: content.displayRoot, baseURL: config.baseURL)
        timer.lap(" links")
        let linkIndex = links.digest
        let sameLinks = cache?.linkIndex == linkIndex
        let cachedSources = content.cachedSources
        let root = options.content
        let rendered = await content.documents.parallelMap { doc -> RenderedDocument in
            let published = isPublished(doc)
            if cachedSources.contains(doc.source) {
                if let render = cache?.sources[doc.source]?.render,
                   let reused = renderer.reuse(doc, cached: render, published: published, sameLinks: sameLinks) {
                    return reused
                }
                return renderer.render(doc.withBody(from: root), published: published)
            }
            return renderer.render(doc, published: published)
        }
        timer.lap(" render")
        var sources: [String: CachedSource] = [:]
        sources.reserveCapacity(rendered.count)
        for r in rendered {
            let doc = r.document
            if !r.isRendered, let entry = cache?.sources[doc.source] {
                sources[doc.source] = entry  // reused unchanged: the same entry again
                continue
            }
            guard let stamp = content.stamps[doc.source] else { continue }
            var stored = doc
            stored.body = ""
            sources[doc.source] = CachedSource(
                stamp: stamp, document: stored, parseDiagnostics: content.sourceProblems[doc.source] ?? [],
                render: CachedRender(published: r.published, links: r.links, diagnostics: r.diagnostics))
        }

        var diagnostics = content.diagnostics
        for r in rendered { diagnostics += r.diagnostics }
        diagnostics += await bodyDiagnostics(of: content.flawed, renderer: renderer, isPublished: isPublished)
        diagnostics.sort { ($0.path, $0.line ?? 0) < ($1.path, $1.line ?? 0) }
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(diagnostics)
        }

        timer.lap(" diagnostics")
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
            warnings: diagnostics, printCSS: printCSS, renderer: renderer, sources: sources, linkIndex: linkIndex)
    }

    /// This snapshot with the HTML of the given sources rendered, for the jobs that will run.
    func filled(_ needed: Set<String>) async -> SiteSnapshot {
        guard !needed.isEmpty else { return self }
        let missing = (kits + cases + letters + pages + attachments.values.flatMap { $0 })
            .filter { !$0.isRendered && needed.contains($0.document.source) }
        guard !missing.isEmpty else { return self }
        let root = options.content
        let renderer = renderer
        let done = await missing.parallelMap { r in
            renderer.render(r.document.withBody(from: root), published: r.published)
        }
        let bySource = Dictionary(done.map { ($0.document.source, $0) }, uniquingKeysWith: { a, _ in a })
        func fill(_ list: [RenderedDocument]) -> [RenderedDocument] {
            list.map { bySource[$0.document.source] ?? $0 }
        }
        var copy = self
        copy.kits = fill(kits)
        copy.cases = fill(cases)
        copy.letters = fill(letters)
        copy.pages = fill(pages)
        copy.attachments = attachments.mapValues(fill)
        copy.filledDocuments = bySource
        return copy
    }
}

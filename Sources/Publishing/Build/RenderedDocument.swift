import CampaignCore

/// A document with its body rendered and checked. A class: lists of ten thousand are sliced,
/// joined and grouped many times per build, and copying a struct this size each time showed.
public final class RenderedDocument: Sendable {
    public let document: Document
    /// Body HTML for the site, links relative to the page.
    public let html: String
    /// Body HTML for a kit's ZIP (kits and attachments only): links outside the kit are absolute.
    public let printHTML: String?
    public let diagnostics: [Diagnostic]
    /// Whether the document was published when rendered (links to drafts warn only then).
    let published: Bool
    /// Every relative link in the body and what it resolved to.
    let links: [ResolvedLink]
    /// False for a document taken unchanged from the build cache: `html` is empty until
    /// `SiteSnapshot.filled` renders it for a job that needs it.
    let isRendered: Bool

    init(document: Document, html: String, printHTML: String?, diagnostics: [Diagnostic], published: Bool = false,
         links: [ResolvedLink] = [], isRendered: Bool = true) {
        self.document = document
        self.html = html
        self.printHTML = printHTML
        self.diagnostics = diagnostics
        self.published = published
        self.links = links
        self.isRendered = isRendered
    }

    /// Digest input for anything built from this document's body: its file, its publication and
    /// its links (the file's size and time stand for its content, as in `make`).
    func renderKey(stamp: SourceStamp?) -> String {
        var key = "\(document.source)|\(stamp?.description ?? "-")|\(published)"
        for link in links { key += "|\(link.url)>\(link.resolution)" }
        return key
    }
}

extension LinkResolver.Resolution {
    /// The resolution as a string, stored in the build cache to notice when a link's target moves.
    var code: String {
        switch self {
        case .external: "external"
        case let .problem(message): "problem:\(message)"
        case let .target(output, fragment, published, isDocument): "\(output)\(fragment) \(published) \(isDocument)"
        }
    }
}

/// Renders and checks one document against the whole content set's links.
public struct DocumentRenderer: Sendable {
    public var links: LinkResolver
    public var displayRoot: String
    public var baseURL: String

    public init(links: LinkResolver, displayRoot: String, baseURL: String) {
        self.links = links
        self.displayRoot = displayRoot
        self.baseURL = baseURL
    }

    /// `lintDuration: false` for a kit whose front matter has a duration it could not read.
    public func render(_ doc: Document, published: Bool, lintDuration: Bool = true) -> RenderedDocument {
        let path = "\(displayRoot)/\(doc.source)"
        var diagnostics: [Diagnostic] = []
        func fileLine(_ bodyLine: Int) -> Int { doc.bodyLine + bodyLine - 1 }

        let limits = MarkdownLimits.problems(in: doc.body)
        if !limits.isEmpty {
            diagnostics += limits.map { .error($0.message, path: path, line: $0.line.map(fileLine) ?? 1) }
            return RenderedDocument(document: doc, html: "", printHTML: nil, diagnostics: diagnostics)
        }
        let markdown = Markdown(doc.body)
        let inspection = markdown.inspect()
        if inspection.depth > MarkdownLimits.maxDepth {
            diagnostics.append(.error("内容嵌套超过 \(MarkdownLimits.maxDepth) 层。请减少列表或引用的嵌套。",
                                      path: path, line: doc.bodyLine))
            return RenderedDocument(document: doc, html: "", printHTML: nil, diagnostics: diagnostics)
        }
        for line in inspection.rawHTMLLines {
            diagnostics.append(.warning("这一行的 HTML 代码不会显示：网站只接受 Markdown。请改用 Markdown 写法。",
                                        path: path, line: fileLine(line)))
        }
        for line in inspection.strayEmphasisLines {
            diagnostics.append(.warning(EmphasisCheck.message, path: path, line: fileLine(line)))
        }
        if doc.kind == .kit {
            for problem in KitLint.problems(blocks: markdown.blocks, duration: doc.duration,
                                               requireDuration: lintDuration) {
                diagnostics.append(.error(problem.message, path: path, line: problem.line.map(fileLine) ?? 1))
            }
        }
        if doc.kind == .caseStudy {
            // The whole file, front matter included: a title can leak a number too.
            let whole = "\(doc.title)\n\(doc.summary)"
            for finding in PersonalData.findings(in: whole) {
                diagnostics.append(.error(finding.message, path: path, line: 1))
            }
            for finding in PersonalData.findings(in: doc.body, firstLine: doc.bodyLine) {
                diagnostics.append(.error(finding.message, path: path, line: finding.line))
            }
        }

        let kitSlug = doc.kind == .kit || doc.kind == .attachment ? doc.kitSlug : nil
        var resolved: [ResolvedLink] = []
        markdown.rewriteLinks { link in
            let resolution = links.resolve(link.url, from: doc.source, kitSlug: kitSlug)
            resolved.append(ResolvedLink(url: link.url, resolution: resolution.code))
            switch resolution {
            case .external:
                return nil
            case let .problem(message):
                diagnostics.append(.error(message, path: path, line: fileLine(link.line)))
                return nil
            case let .target(output, fragment, targetPublished, _):
                if published && !targetPublished {
                    diagnostics.append(.warning("链接“\(link.url)”指向的内容尚未发布（草稿或日期在后），读者点开会找不到。",
                                                path: path, line: fileLine(link.line)))
                }
                return LinkResolver.relative(from: doc.outputPath, to: output) + fragment
            }
        }
        let html = markdown.html()
        var printHTML: String?
        if let kitSlug {
            // The ZIP holds the kit's own files side by side; everything else points to the website.
            let print = Markdown(doc.body)
            print.rewriteLinks { link in
                guard case let .target(output, fragment, _, _) = links.resolve(link.url, from: doc.source, kitSlug: kitSlug)
                else { return nil }
                let prefix = "kits/\(kitSlug)/"
                if output.hasPrefix(prefix), output != prefix {
                    return String(output.dropFirst(prefix.count)) + fragment
                }
                if output == prefix { return KitArchive.lessonPlanName + fragment }
                return baseURL + output + fragment
            }
            printHTML = print.html()
        }
        return RenderedDocument(document: doc, html: html, printHTML: printHTML, diagnostics: diagnostics,
                                published: published, links: resolved)
    }

    /// The document as the previous build rendered it, without its HTML, when nothing it depends
    /// on has changed: the same file (checked by the caller), the same publication, and every link
    /// resolving as before.
    /// `sameLinks` says the link index is the one the cache was made with, so links need no check.
    func reuse(_ doc: Document, cached: CachedRender, published: Bool, sameLinks: Bool) -> RenderedDocument? {
        guard cached.published == published else { return nil }
        let kitSlug = doc.kind == .kit || doc.kind == .attachment ? doc.kitSlug : nil
        for link in cached.links
        where !sameLinks && links.resolve(link.url, from: doc.source, kitSlug: kitSlug).code != link.resolution {
            return nil
        }
        return RenderedDocument(document: doc, html: "", printHTML: nil, diagnostics: cached.diagnostics,
                                published: published, links: cached.links, isRendered: false)
    }
}

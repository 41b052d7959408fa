import CampaignCore
import Foundation

/// Listing, taxonomy, feed and sitemap pages, each built from indexes made once per build.
extension SiteSnapshot {
    func listingJobs() async -> [OutputJob] {
        var makers: [@Sendable () -> [PageSpec]] = []
        let listed = kits + cases
        let byGrade = Dictionary(grouping: listed.flatMap { doc in doc.document.grades.map { ($0, doc) } },
                                 by: \.0).mapValues { $0.map(\.1) }
        for grade in Grade.allCases {
            let docs = byGrade[grade] ?? []
            makers.append { [self] in [taxonomyPage("grades/\(grade.rawValue)/", title: grade.label, docs: docs)] }
        }
        let byTheme = Dictionary(grouping: listed.flatMap { doc in doc.document.themes.map { ($0, doc) } },
                                 by: \.0).mapValues { $0.map(\.1) }
        for theme in config.themes {
            let docs = byTheme[theme.slug] ?? []
            makers.append { [self] in [taxonomyPage("themes/\(theme.slug)/", title: theme.label, docs: docs)] }
        }
        makers.append { [self] in [casesIndex(), kitsIndex()] }
        let pageCount = letterPageCount
        for n in 1...pageCount {
            makers.append { [self] in [letterArchivePage(n, of: pageCount)] }
        }
        makers.append { [self] in
            [homePage(), simplePage("search/", template: "search", title: "搜索", nav: "search"),
             simplePage("404.html", template: "404", title: "找不到页面")]
        }
        // Building the data and its digest for 400 listing pages is worth both cores too.
        let pages = await makers.parallelMap(batch: 4) { $0() }.flatMap { $0 }
        var jobs = pages.map { spec in
            OutputJob(id: "page:\(spec.path)", key: spec.key) { snapshot in [snapshot.render(spec)] }
        }
        let newest = Array(letters.prefix(SiteSnapshot.feedSize))
        var feedKey = Digest()
        for r in newest {
            for part in [renderKey(r), r.document.title, r.document.summary, r.document.date?.description ?? ""] {
                feedKey.add(part)
            }
            feedKey.add(r.document.issue ?? 0)
        }
        jobs.append(OutputJob(id: "feed", key: feedKey.finish(), needs: newest.map(\.document.source)) { snapshot in
            [snapshot.feed()]
        })
        let urls = sitemapURLs()
        var sitemapKey = Digest()
        for (url, date) in urls {
            sitemapKey.add(url)
            sitemapKey.add(date ?? "")
        }
        jobs.append(OutputJob(id: "sitemap", key: sitemapKey.finish()) { _ in
            [("sitemap.xml", Data(Sitemap.xml(urls: urls).utf8))]
        })
        return jobs
    }

    func render(_ spec: PageSpec) -> (String, Data) {
        let values = materialize(spec.context.values, page: spec.path) as? [String: Any] ?? [:]
        return (spec.path, Data(templates.render(values, with: spec.template).utf8))
    }

    /// A listing's card, made into template data only when the page is rendered: the page's key
    /// needs only the card's file and stamp, which is what makes unchanged listings cheap to skip.
    func cardRef(_ doc: RenderedDocument) -> CardRef {
        CardRef(doc, stamp: content.stamps[doc.document.source]?.description ?? "")
    }

    /// `value` with every `CardRef` replaced by the card's data, links relative to `page`.
    func materialize(_ value: Any, page: String) -> Any {
        // Through a protocol: `as? CardRef` on an array or dictionary makes Foundation bridge it
        // to NSArray or NSDictionary just to find that it is not a CardRef.
        (value as? TemplateValue)?.materialized(in: self, page: page) ?? value
    }

    func simplePage(_ path: String, template: String, title: String, nav: String? = nil) -> PageSpec {
        // 404.html is served from any depth, so its links are absolute from the site's base path.
        var ctx = baseContext(path, title: title, nav: nav)
        if path == "404.html" { ctx["root"] = basePath }
        return PageSpec(path, template, ctx)
    }

    /// The path part of the base URL (`/fangqiling/`), for pages served at any depth.
    var basePath: String {
        guard let url = URL(string: config.baseURL), !url.path.isEmpty else { return "/" }
        return url.path.hasSuffix("/") ? url.path : url.path + "/"
    }

    func filters(current: String?, from page: String) -> [[String: Any]] {
        let grades: [[String: Any]] = [["label": "全部", "href": href(from: page, to: "kits/"), "current": current == nil]]
            + Grade.allCases.map { g in
                ["label": g.shortLabel, "href": href(from: page, to: "grades/\(g.rawValue)/"),
                 "current": current == "grades/\(g.rawValue)/"]
            }
        let themes: [[String: Any]] = config.themes.map { t in
            ["label": t.label, "href": href(from: page, to: "themes/\(t.slug)/"), "current": current == "themes/\(t.slug)/"]
        }
        return [["label": "年级", "options": grades], ["label": "主题", "options": themes]]
    }

    func kitsIndex() -> PageSpec {
        let page = "kits/"
        var ctx = baseContext(page, title: "班会材料包", description: "按年级和主题查找防欺凌主题班会材料包，下载后打印即可使用。", nav: "kits")
        ctx["title"] = "班会材料包"
        ctx["intro"] = "共 \(kits.count) 个材料包。每个材料包包括教案、情景剧本、讨论问题、班级公约、家校联系和可打印的附件，可整体下载为 ZIP。"
        ctx["filters"] = filters(current: nil, from: page)
        ctx["hasFilters"] = true
        ctx["groups"] = Grade.allCases.map { grade -> [String: Any] in
            ["heading": grade.label,
             "items": kits.filter { $0.document.grades.contains(grade) }.map { cardRef($0) }]
        }
        return PageSpec(page, "list", ctx)
    }

    func taxonomyPage(_ page: String, title: String, docs: [RenderedDocument]) -> PageSpec {
        var ctx = baseContext(page, title: title, nav: "kits")
        ctx["title"] = title
        ctx["filters"] = filters(current: page, from: page)
        ctx["hasFilters"] = true
        let kitCards = docs.filter { $0.document.kind == .kit }.map { cardRef($0) }
        let caseCards = docs.filter { $0.document.kind == .caseStudy }.map { cardRef($0) }
        ctx["groups"] = [["heading": "班会材料包（\(kitCards.count)）", "items": kitCards],
                         ["heading": "典型案例（\(caseCards.count)）", "items": caseCards]]
        return PageSpec(page, "list", ctx)
    }

    func casesIndex() -> PageSpec {
        let page = "cases/"
        var ctx = baseContext(page, title: "典型案例", description: "用于教职工培训和班级讨论的防欺凌综合案例，人物均为化名。", nav: "cases")
        ctx["title"] = "典型案例"
        ctx["intro"] = "以下案例均根据常见情形编写，人物均为化名，不对应任何真实学校和个人，供教职工培训和讨论使用。"
        ctx["groups"] = [["items": cases.map { cardRef($0) }]]
        return PageSpec(page, "list", ctx)
    }

    var letterPageCount: Int { max(1, (letters.count + config.lettersPerPage - 1) / config.lettersPerPage) }

    /// `/letters/`, then `/letters/page/2/` …, newest first.
    func letterArchivePage(_ n: Int, of pageCount: Int) -> PageSpec {
        let perPage = config.lettersPerPage
        func path(_ n: Int) -> String { n == 1 ? "letters/" : "letters/page/\(n)/" }
        let page = path(n)
        let slice = letters.dropFirst((n - 1) * perPage).prefix(perPage)
        var ctx = baseContext(page, title: n == 1 ? "致家长的一封信" : "致家长的一封信（第\(n)页）",
                              description: "写给家长的防欺凌系列信件，可转发到家长群或公众号。", nav: "letters")
        ctx["title"] = "致家长的一封信"
        if n == 1 { ctx["intro"] = "共 \(letters.count) 期，最新的在前。每期都有适合粘贴到微信公众号的排版版本。" }
        ctx["groups"] = [["items": slice.map { cardRef($0) }]]
        if pageCount > 1 {
            ctx["pager"] = ["page": n, "pages": pageCount,
                            "newer": n > 1 ? href(from: page, to: path(n - 1)) : "",
                            "older": n < pageCount ? href(from: page, to: path(n + 1)) : ""]
        }
        return PageSpec(page, "list", ctx)
    }

    static let feedSize = 50

    func feed() -> (String, Data) {
        let items = letters.prefix(SiteSnapshot.feedSize).map { r in
            AtomFeed.Item(title: "第\(r.document.issue ?? 0)期：\(r.document.title)",
                          url: config.baseURL + r.document.outputPath,
                          date: r.document.date?.description ?? "1970-01-01", summary: r.document.summary,
                          html: absoluteLinks(r.html, page: r.document.outputPath))
        }
        let xml = AtomFeed.xml(title: "\(config.title) · 致家长的一封信", siteURL: config.baseURL + "letters/",
                               feedURL: config.baseURL + "letters/feed.xml", author: config.publisher, items: items)
        return ("letters/feed.xml", Data(xml.utf8))
    }

    /// Feed readers resolve links against the feed, not the page: make page-relative links absolute.
    func absoluteLinks(_ html: String, page: String) -> String {
        guard html.contains("href=\"../") || html.contains("src=\"") else { return html }
        let base = URL(string: config.baseURL + page)
        var out = ""
        var rest = html[...]
        while let r = rest.range(of: #"(href|src)="[^"]*""#, options: .regularExpression) {
            out += rest[..<r.lowerBound]
            let attr = rest[r]
            let name = attr.prefix { $0 != "=" }
            let value = String(attr.dropFirst(name.count + 2).dropLast())
            if value.contains(":") || value.hasPrefix("#") {
                out += attr
            } else if let resolved = URL(string: value, relativeTo: base)?.absoluteString {
                out += "\(name)=\"\(resolved)\""
            } else {
                out += attr
            }
            rest = rest[r.upperBound...]
        }
        return out + rest
    }

    func sitemapURLs() -> [(String, String?)] {
        var urls: [(String, String?)] = [(config.baseURL, nil)]
        for path in ["kits/", "cases/", "letters/", "search/"] { urls.append((config.baseURL + path, nil)) }
        let pageCount = letterPageCount
        if pageCount > 1 { for n in 2...pageCount { urls.append((config.baseURL + "letters/page/\(n)/", nil)) } }
        for g in Grade.allCases { urls.append((config.baseURL + "grades/\(g.rawValue)/", nil)) }
        for t in config.themes { urls.append((config.baseURL + "themes/\(t.slug)/", nil)) }
        for r in kits + cases + letters + pages {
            urls.append((config.baseURL + r.document.outputPath, r.document.date?.description))
        }
        for list in attachments.keys.sorted().compactMap({ attachments[$0] }) {
            for r in list { urls.append((config.baseURL + r.document.outputPath, nil)) }
        }
        for extra in options.extraPages { urls.append((config.baseURL + extra.path, nil)) }
        return urls
    }

    func homePage() -> PageSpec {
        let page = ""
        var ctx = baseContext(page, title: config.title)
        ctx["letters"] = letters.prefix(5).map { cardRef($0) }
        ctx["bands"] = Grade.allCases.map { grade -> [String: Any] in
            let inBand = kits.filter { $0.document.grades.contains(grade) }
            return ["label": grade.label, "href": href(from: page, to: "grades/\(grade.rawValue)/"),
                    "count": inBand.count, "kits": inBand.prefix(4).map { cardRef($0) }]
        }
        ctx["cases"] = cases.prefix(5).map { cardRef($0) }
        ctx["hasCases"] = !cases.isEmpty
        return PageSpec(page, "home", ctx)
    }
}

/// A page made from a template and its data: the data's digest decides whether it is rewritten.
struct PageSpec: Sendable {
    var path: String
    var template: String
    var context: TemplateContext
    var key: String

    init(_ path: String, _ template: String, _ values: [String: Any]) {
        self.path = path
        self.template = template
        context = TemplateContext(values: values)
        var digest = Digest()
        digest.add(template)
        digest.add(path)
        digest.add(context: values)
        key = digest.finish()
    }
}

/// A card in a listing, standing for `SiteSnapshot.card(document, from: page)`. A class, so that
/// putting thousands into template data copies a pointer each.
final class CardRef {
    private let rendered: RenderedDocument
    var document: Document { rendered.document }
    /// The source file's stamp: the card is made from the file's front matter alone.
    let stamp: String

    init(_ rendered: RenderedDocument, stamp: String) {
        self.rendered = rendered
        self.stamp = stamp
    }
}

/// Template data, built once and only read afterwards, so safe to hand to another thread.
struct TemplateContext: @unchecked Sendable {
    let values: [String: Any]
}

extension Digest {
    /// Adds template data: strings, numbers, flags, lists and dictionaries (in key order).
    mutating func add(context value: Any) {
        if let value = value as? TemplateValue {
            value.add(to: &self)
        } else {
            add("?")
            add(String(describing: value))
        }
    }
}

/// The kinds of values put into template data, each able to add itself to a digest and to
/// replace card references with cards.
protocol TemplateValue {
    func add(to digest: inout Digest)
    func materialized(in snapshot: SiteSnapshot, page: String) -> Any
}

extension TemplateValue {
    func materialized(in snapshot: SiteSnapshot, page: String) -> Any { self }
}

extension String: TemplateValue {
    func add(to digest: inout Digest) {
        digest.add("s")
        digest.add(self)
    }
}

extension Int: TemplateValue {
    func add(to digest: inout Digest) {
        digest.add("i")
        digest.add(self)
    }
}

extension Bool: TemplateValue {
    func add(to digest: inout Digest) { digest.add(self ? "t" : "f") }
}

extension CardRef: TemplateValue {
    func add(to digest: inout Digest) {
        digest.add("c")
        digest.add(document.source)
        digest.add(stamp)
    }

    func materialized(in snapshot: SiteSnapshot, page: String) -> Any { snapshot.card(document, from: page) }
}

extension Array: TemplateValue {
    func add(to digest: inout Digest) {
        digest.add("[")
        digest.add(count)
        for item in self { digest.add(context: item) }
    }

    func materialized(in snapshot: SiteSnapshot, page: String) -> Any {
        map { snapshot.materialize($0, page: page) }
    }
}

extension Dictionary: TemplateValue where Key == String {
    func add(to digest: inout Digest) {
        digest.add("{")
        digest.add(count)
        for key in keys.sorted() {
            digest.add(key)
            digest.add(context: self[key] as Any)
        }
    }

    func materialized(in snapshot: SiteSnapshot, page: String) -> Any {
        mapValues { snapshot.materialize($0, page: page) }
    }
}

import CampaignCore
import Foundation

/// Listing, taxonomy, feed and sitemap pages, each built from indexes made once per build.
extension SiteSnapshot {
    func listingJobs() -> [OutputJob] {
        var pages: [PageSpec] = []
        let byGrade = Dictionary(grouping: (kits + cases).flatMap { doc in doc.document.grades.map { ($0, doc) } },
                                 by: \.0).mapValues { $0.map(\.1) }
        for grade in Grade.allCases {
            pages.append(taxonomyPage("grades/\(grade.rawValue)/", title: grade.label, docs: byGrade[grade] ?? []))
        }
        let byTheme = Dictionary(grouping: (kits + cases).flatMap { doc in doc.document.themes.map { ($0, doc) } },
                                 by: \.0).mapValues { $0.map(\.1) }
        for theme in config.themes {
            pages.append(taxonomyPage("themes/\(theme.slug)/", title: theme.label, docs: byTheme[theme.slug] ?? []))
        }
        pages += [casesIndex(), kitsIndex()] + letterArchive() + [homePage()]
        pages.append(simplePage("search/", template: "search", title: "搜索", nav: "search"))
        pages.append(simplePage("404.html", template: "404", title: "找不到页面"))
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
    func cardRef(_ doc: Document) -> CardRef {
        CardRef(document: doc, stamp: content.stamps[doc.source]?.description ?? "")
    }

    /// `value` with every `CardRef` replaced by the card's data, links relative to `page`.
    func materialize(_ value: Any, page: String) -> Any {
        switch value {
        case let ref as CardRef: card(ref.document, from: page)
        case let map as [String: Any]: map.mapValues { materialize($0, page: page) }
        case let list as [Any]: list.map { materialize($0, page: page) }
        default: value
        }
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
             "items": kits.filter { $0.document.grades.contains(grade) }.map { cardRef($0.document) }]
        }
        return PageSpec(page, "list", ctx)
    }

    func taxonomyPage(_ page: String, title: String, docs: [RenderedDocument]) -> PageSpec {
        var ctx = baseContext(page, title: title, nav: "kits")
        ctx["title"] = title
        ctx["filters"] = filters(current: page, from: page)
        ctx["hasFilters"] = true
        let kitCards = docs.filter { $0.document.kind == .kit }.map { cardRef($0.document) }
        let caseCards = docs.filter { $0.document.kind == .caseStudy }.map { cardRef($0.document) }
        ctx["groups"] = [["heading": "班会材料包（\(kitCards.count)）", "items": kitCards],
                         ["heading": "典型案例（\(caseCards.count)）", "items": caseCards]]
        return PageSpec(page, "list", ctx)
    }

    func casesIndex() -> PageSpec {
        let page = "cases/"
        var ctx = baseContext(page, title: "典型案例", description: "用于教职工培训和班级讨论的防欺凌综合案例，人物均为化名。", nav: "cases")
        ctx["title"] = "典型案例"
        ctx["intro"] = "以下案例均根据常见情形编写，人物均为化名，不对应任何真实学校和个人，供教职工培训和讨论使用。"
        ctx["groups"] = [["items": cases.map { cardRef($0.document) }]]
        return PageSpec(page, "list", ctx)
    }

    /// `/letters/`, then `/letters/page/2/` …, newest first.
    func letterArchive() -> [PageSpec] {
        let perPage = config.lettersPerPage
        let pageCount = max(1, (letters.count + perPage - 1) / perPage)
        func path(_ n: Int) -> String { n == 1 ? "letters/" : "letters/page/\(n)/" }
        return (1...pageCount).map { n in
            let page = path(n)
            let slice = letters.dropFirst((n - 1) * perPage).prefix(perPage)
            var ctx = baseContext(page, title: n == 1 ? "致家长的一封信" : "致家长的一封信（第\(n)页）",
                                  description: "写给家长的防欺凌系列信件，可转发到家长群或公众号。", nav: "letters")
            ctx["title"] = "致家长的一封信"
            if n == 1 { ctx["intro"] = "共 \(letters.count) 期，最新的在前。每期都有适合粘贴到微信公众号的排版版本。" }
            ctx["groups"] = [["items": slice.map { cardRef($0.document) }]]
            if pageCount > 1 {
                ctx["pager"] = ["page": n, "pages": pageCount,
                                "newer": n > 1 ? href(from: page, to: path(n - 1)) : "",
                                "older": n < pageCount ? href(from: page, to: path(n + 1)) : ""]
            }
            return PageSpec(page, "list", ctx)
        }
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
        let perPage = config.lettersPerPage
        let pageCount = max(1, (letters.count + perPage - 1) / perPage)
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
        ctx["letters"] = letters.prefix(5).map { cardRef($0.document) }
        ctx["bands"] = Grade.allCases.map { grade -> [String: Any] in
            let inBand = kits.filter { $0.document.grades.contains(grade) }
            return ["label": grade.label, "href": href(from: page, to: "grades/\(grade.rawValue)/"),
                    "count": inBand.count, "kits": inBand.prefix(4).map { cardRef($0.document) }]
        }
        ctx["cases"] = cases.prefix(5).map { cardRef($0.document) }
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

/// A card in a listing, standing for `SiteSnapshot.card(document, from: page)`.
struct CardRef {
    let document: Document
    /// The source file's stamp: the card is made from the file's front matter alone.
    let stamp: String
}

/// Template data, built once and only read afterwards, so safe to hand to another thread.
struct TemplateContext: @unchecked Sendable {
    let values: [String: Any]
}

extension Digest {
    /// Adds template data: strings, numbers, flags, lists and dictionaries (in key order).
    mutating func add(context value: Any) {
        switch value {
        case let ref as CardRef:
            add("c")
            add(ref.document.source)
            add(ref.stamp)
        case let s as String:
            add("s")
            add(s)
        case let n as Int:
            add("i")
            add(n)
        case let b as Bool:
            add(b ? "t" : "f")
        case let list as [Any]:
            add("[")
            add(list.count)
            for item in list { add(context: item) }
        case let map as [String: Any]:
            add("{")
            add(map.count)
            for key in map.keys.sorted() {
                add(key)
                add(context: map[key] as Any)
            }
        default:
            add("?")
            add(String(describing: value))
        }
    }
}

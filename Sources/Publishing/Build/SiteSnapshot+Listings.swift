import CampaignCore
import Foundation

/// Listing, taxonomy, feed and sitemap pages, each built from indexes made once per build.
extension SiteSnapshot {
    func listingJobs() -> [Job] {
        var jobs: [Job] = []
        jobs.append { [self] in [homePage()] }
        jobs.append { [self] in [kitsIndex()] }
        jobs.append { [self] in [casesIndex()] }
        jobs.append { [self] in letterArchive() }
        jobs.append { [self] in [feed()] }
        jobs.append { [self] in [sitemap()] }
        jobs.append { [self] in [simplePage("search/", template: "search", title: "搜索", nav: "search")] }
        jobs.append { [self] in [simplePage("404.html", template: "404", title: "找不到页面")] }
        let byGrade = Dictionary(grouping: (kits + cases).flatMap { doc in doc.document.grades.map { ($0, doc) } },
                                 by: \.0).mapValues { $0.map(\.1) }
        for grade in Grade.allCases {
            let docs = byGrade[grade] ?? []
            jobs.append { [self] in [taxonomyPage("grades/\(grade.rawValue)/", title: grade.label, docs: docs)] }
        }
        let byTheme = Dictionary(grouping: (kits + cases).flatMap { doc in doc.document.themes.map { ($0, doc) } },
                                 by: \.0).mapValues { $0.map(\.1) }
        for theme in config.themes {
            let docs = byTheme[theme.slug] ?? []
            jobs.append { [self] in [taxonomyPage("themes/\(theme.slug)/", title: theme.label, docs: docs)] }
        }
        return jobs
    }

    func render(_ path: String, _ template: String, _ ctx: [String: Any]) -> (String, Data) {
        (path, Data(templates.render(ctx, with: template).utf8))
    }

    func simplePage(_ path: String, template: String, title: String, nav: String? = nil) -> (String, Data) {
        // 404.html is served from any depth, so its links are absolute from the site's base path.
        var ctx = baseContext(path, title: title, nav: nav)
        if path == "404.html" { ctx["root"] = basePath }
        return render(path, template, ctx)
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

    func kitsIndex() -> (String, Data) {
        let page = "kits/"
        var ctx = baseContext(page, title: "班会材料包", description: "按年级和主题查找防欺凌主题班会材料包，下载后打印即可使用。", nav: "kits")
        ctx["title"] = "班会材料包"
        ctx["intro"] = "共 \(kits.count) 个材料包。每个材料包包括教案、情景剧本、讨论问题、班级公约、家校联系和可打印的附件，可整体下载为 ZIP。"
        ctx["filters"] = filters(current: nil, from: page)
        ctx["hasFilters"] = true
        ctx["groups"] = Grade.allCases.map { grade -> [String: Any] in
            ["heading": grade.label,
             "items": kits.filter { $0.document.grades.contains(grade) }.map { card($0.document, from: page) }]
        }
        return render(page, "list", ctx)
    }

    func taxonomyPage(_ page: String, title: String, docs: [RenderedDocument]) -> (String, Data) {
        var ctx = baseContext(page, title: title, nav: "kits")
        ctx["title"] = title
        ctx["filters"] = filters(current: page, from: page)
        ctx["hasFilters"] = true
        let kitCards = docs.filter { $0.document.kind == .kit }.map { card($0.document, from: page) }
        let caseCards = docs.filter { $0.document.kind == .caseStudy }.map { card($0.document, from: page) }
        ctx["groups"] = [["heading": "班会材料包（\(kitCards.count)）", "items": kitCards],
                         ["heading": "典型案例（\(caseCards.count)）", "items": caseCards]]
        return render(page, "list", ctx)
    }

    func casesIndex() -> (String, Data) {
        let page = "cases/"
        var ctx = baseContext(page, title: "典型案例", description: "用于教职工培训和班级讨论的防欺凌综合案例，人物均为化名。", nav: "cases")
        ctx["title"] = "典型案例"
        ctx["intro"] = "以下案例均根据常见情形编写，人物均为化名，不对应任何真实学校和个人，供教职工培训和讨论使用。"
        ctx["groups"] = [["items": cases.map { card($0.document, from: page) }]]
        return render(page, "list", ctx)
    }

    /// `/letters/`, then `/letters/page/2/` …, newest first.
    func letterArchive() -> [(String, Data)] {
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
            ctx["groups"] = [["items": slice.map { card($0.document, from: page) }]]
            if pageCount > 1 {
                ctx["pager"] = ["page": n, "pages": pageCount,
                                "newer": n > 1 ? href(from: page, to: path(n - 1)) : "",
                                "older": n < pageCount ? href(from: page, to: path(n + 1)) : ""]
            }
            return render(page, "list", ctx)
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

    func sitemap() -> (String, Data) {
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
        for list in attachments.values {
            for r in list { urls.append((config.baseURL + r.document.outputPath, nil)) }
        }
        for extra in options.extraPages { urls.append((config.baseURL + extra.path, nil)) }
        return ("sitemap.xml", Data(Sitemap.xml(urls: urls).utf8))
    }

    func homePage() -> (String, Data) {
        let page = ""
        var ctx = baseContext(page, title: config.title)
        ctx["letters"] = letters.prefix(5).map { card($0.document, from: page) }
        ctx["bands"] = Grade.allCases.map { grade -> [String: Any] in
            let inBand = kits.filter { $0.document.grades.contains(grade) }
            return ["label": grade.label, "href": href(from: page, to: "grades/\(grade.rawValue)/"),
                    "count": inBand.count, "kits": inBand.prefix(4).map { card($0.document, from: page) }]
        }
        ctx["cases"] = cases.prefix(5).map { card($0.document, from: page) }
        ctx["hasCases"] = !cases.isEmpty
        return render(page, "home", ctx)
    }
}

import CampaignCore
import Foundation

extension SiteSnapshot {
    /// A kit's page, its printable attachments, its files and its ZIP.
    func kitFiles(_ kit: RenderedDocument) throws -> [(String, Data)] {
        let doc = kit.document
        let page = doc.outputPath
        let attached = attachments[doc.slug] ?? []
        let assets = kitAssets[doc.slug] ?? []
        var links: [[String: Any]] = attached.map {
            ["title": $0.document.title, "href": href(from: page, to: $0.document.outputPath)]
        }
        links += assets.map {
            ["title": String($0.source.dropFirst("kits/\(doc.slug)/".count)), "href": href(from: page, to: $0.outputPath)]
        }
        var ctx = baseContext(page, title: doc.title, description: doc.summary, nav: "kits")
        ctx["title"] = doc.title
        ctx["summary"] = doc.summary
        ctx["grades"] = gradeTags(doc.grades, from: page)
        ctx["themes"] = themeTags(doc.themes, from: page)
        ctx["duration"] = doc.duration
        ctx["objectives"] = doc.objectives
        ctx["attachments"] = links
        ctx["attachmentCount"] = links.count
        // swift-mustache has no `list.0`: sections that need "non-empty" get a flag.
        ctx["hasThemes"] = !doc.themes.isEmpty
        ctx["hasObjectives"] = !doc.objectives.isEmpty
        ctx["hasAttachments"] = !links.isEmpty
        ctx["zipHref"] = href(from: page, to: "kits/\(doc.slug).zip")
        ctx["body"] = kit.html
        var files: [(String, Data)] = [(page, Data(templates.render(ctx, with: "kit").utf8))]

        var entries: [KitArchive.Entry] = []
        let facts = [doc.grades.map(\.label).joined(separator: "、"), doc.duration.map { "\($0) 分钟" } ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        entries.append(.init(name: KitArchive.lessonPlanName,
                             data: Data(printPage(title: doc.title, kitTitle: nil, facts: facts,
                                                  body: kit.printHTML ?? kit.html, url: config.baseURL + page).utf8)))
        for attachment in attached {
            let a = attachment.document
            let body = Data(printPage(title: a.title, kitTitle: doc.title, facts: "",
                                      body: attachment.printHTML ?? attachment.html,
                                      url: config.baseURL + a.outputPath).utf8)
            files.append((a.outputPath, body))
            entries.append(.init(name: a.htmlName, data: body))
        }
        for asset in assets {
            let data = try Data(contentsOf: options.content.appendingPathComponent(asset.source))
            entries.append(.init(name: String(asset.source.dropFirst("kits/\(doc.slug)/".count)), data: data))
        }
        let day = doc.date ?? Day(year: 2020, month: 1, day: 1) ?? Day(ordinal: 0)
        files.append(("kits/\(doc.slug).zip", try KitArchive.data(entries: entries, day: day)))
        return files
    }

    /// A standalone printable page (inside ZIPs and for attachments).
    func printPage(title: String, kitTitle: String?, facts: String, body: String, url: String) -> String {
        var ctx: [String: Any] = [
            "title": title, "facts": facts, "body": body, "css": printCSS, "siteTitle": config.title, "url": url,
        ]
        ctx["kitTitle"] = kitTitle
        return templates.render(ctx, with: "print")
    }

    /// A case study, letter or page (and a letter's WeChat fragment).
    func documentFiles(_ rendered: RenderedDocument) -> [(String, Data)] {
        let doc = rendered.document
        let page = doc.outputPath
        let nav: String? = switch doc.kind {
        case .caseStudy: "cases"
        case .letter: "letters"
        default: nil
        }
        var ctx = baseContext(page, title: doc.kind == .letter ? "第\(doc.issue ?? 0)期：\(doc.title)" : doc.title,
                              description: doc.summary, nav: nav)
        ctx["kind"] = doc.kind.rawValue
        ctx["title"] = doc.title
        ctx["body"] = rendered.html
        ctx["draft"] = doc.draft
        ctx["issue"] = doc.issue
        ctx["date"] = doc.date?.description
        ctx["dateLabel"] = doc.date.map(SiteSnapshot.chineseDate)
        ctx["grades"] = gradeTags(doc.grades, from: page)
        ctx["themes"] = themeTags(doc.themes, from: page)
        ctx["hasTags"] = !doc.grades.isEmpty || !doc.themes.isEmpty
        switch doc.kind {
        case .caseStudy:
            ctx["crumbHref"] = href(from: page, to: "cases/")
            ctx["crumbLabel"] = "典型案例"
        case .letter:
            ctx["crumbHref"] = href(from: page, to: "letters/")
            ctx["crumbLabel"] = "致家长的一封信"
            ctx["wechatHref"] = "wechat.html"
        default:
            break
        }
        var files: [(String, Data)] = [(page, Data(templates.render(ctx, with: "document").utf8))]
        if doc.kind == .letter, let issue = doc.issue {
            let fragment = WeChatExport.page(title: doc.title, issue: issue,
                                                 date: doc.date.map(SiteSnapshot.chineseDate) ?? "",
                                                 bodyHTML: rendered.html, pageURL: config.baseURL + page)
            files.append((page + "wechat.html", Data(fragment.utf8)))
        }
        return files
    }
}

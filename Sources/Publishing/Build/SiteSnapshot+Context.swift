import CampaignCore

/// Template data shared by every page.
extension SiteSnapshot {
    func baseContext(_ outputPath: String, title: String, description: String = "",
                     nav: String? = nil) -> [String: Any] {
        var navFlags: [String: Any] = [:]
        if let nav { navFlags[nav] = true }
        return [
            "site": ["title": config.title, "description": config.description, "publisher": config.publisher],
            "root": LinkResolver.rootPrefix(for: outputPath),
            "pageTitle": title,
            "description": description.isEmpty ? config.description : description,
            "canonical": config.baseURL + outputPath,
            "nav": navFlags,
            "devReload": options.devReload,
            "isHome": outputPath.isEmpty,
            "hasDashboard": options.extraPages.contains { $0.path == "dashboard/" },
        ]
    }

    func href(from page: String, to target: String) -> String {
        LinkResolver.relative(from: page, to: target)
    }

    func gradeTags(_ grades: [Grade], from page: String) -> [[String: Any]] {
        grades.map { ["label": $0.label, "href": href(from: page, to: "grades/\($0.rawValue)/")] }
    }

    func themeTags(_ themes: [String], from page: String) -> [[String: Any]] {
        themes.map { ["label": config.themeLabel($0) ?? $0, "href": href(from: page, to: "themes/\($0)/")] }
    }

    /// A card in a listing.
    func card(_ doc: Document, from page: String) -> [String: Any] {
        var meta: [String] = []
        if doc.kind == .letter, let issue = doc.issue { meta.append("第\(issue)期") }
        if !doc.grades.isEmpty { meta.append(doc.grades.map(\.shortLabel).joined(separator: "、")) }
        if let duration = doc.duration { meta.append("\(duration) 分钟") }
        if doc.kind != .kit, let date = doc.date { meta.append(SiteSnapshot.chineseDate(date)) }
        var card: [String: Any] = [
            "title": doc.title, "href": href(from: page, to: doc.outputPath), "summary": doc.summary,
            "meta": meta.joined(separator: " · "), "grades": doc.grades.map { ["label": $0.shortLabel] },
            "dateLabel": doc.date.map(SiteSnapshot.chineseDate) ?? "",
        ]
        // Optionals are left out rather than stored: Mustache would print "nil".
        card["duration"] = doc.duration
        card["issue"] = doc.issue
        return card
    }

    static func chineseDate(_ day: Day) -> String { "\(day.year)年\(day.month)月\(day.day)日" }
}

import CampaignCore

/// The parent letters' Atom feed.
public enum AtomFeed {
    public struct Item: Sendable {
        public var title: String
        public var url: String
        public var date: String
        public var summary: String
        public var html: String
    }

    /// `items` newest first; `updated` is the newest item's date so the feed is reproducible.
    public static func xml(title: String, siteURL: String, feedURL: String, author: String, items: [Item]) -> String {
        let updated = items.first.map { "\($0.date)T00:00:00+08:00" } ?? "1970-01-01T00:00:00Z"
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
        <title>\(HTML.escape(title))</title>
        <link href="\(HTML.escape(siteURL))"/>
        <link rel="self" href="\(HTML.escape(feedURL))"/>
        <id>\(HTML.escape(feedURL))</id>
        <updated>\(updated)</updated>
        <author><name>\(HTML.escape(author))</name></author>

        """
        for item in items {
            out += """
            <entry>
            <title>\(HTML.escape(item.title))</title>
            <link href="\(HTML.escape(item.url))"/>
            <id>\(HTML.escape(item.url))</id>
            <updated>\(item.date)T00:00:00+08:00</updated>
            <summary>\(HTML.escape(item.summary))</summary>
            <content type="html">\(HTML.escape(item.html))</content>
            </entry>

            """
        }
        out += "</feed>\n"
        return out
    }
}

/// `/sitemap.xml` listing the published pages.
public enum Sitemap {
    public static func xml(urls: [(loc: String, lastmod: String?)]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls {
            out += "<url><loc>\(HTML.escape(url.loc))</loc>"
            if let lastmod = url.lastmod { out += "<lastmod>\(lastmod)</lastmod>" }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return out
    }
}

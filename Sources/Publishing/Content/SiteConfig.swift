import CampaignCore
import Foundation

/// Site/site.yaml: the site's title, address and the Chinese names of themes.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    public var description: String
    /// Absolute URL of the site's root, always ending in `/`.
    public var baseURL: String
    public var lettersPerPage: Int
    /// Theme slugs with their Chinese names, in the order the site lists them.
    public var themes: [(slug: String, label: String)]
    /// Who publishes (shown in the footer and as the feed's author).
    public var publisher: String

    public static func == (a: SiteConfig, b: SiteConfig) -> Bool {
        a.title == b.title && a.baseURL == b.baseURL && a.themes.map(\.slug) == b.themes.map(\.slug)
            && a.themes.map(\.label) == b.themes.map(\.label) && a.lettersPerPage == b.lettersPerPage
            && a.description == b.description && a.publisher == b.publisher
    }

    public func themeLabel(_ slug: String) -> String? {
        themes.first { $0.slug == slug }?.label
    }

    /// Reads `site.yaml` from the theme folder, collecting every problem.
    public static func load(from siteDirectory: URL, displayPath: String) throws -> SiteConfig {
        let url = siteDirectory.appendingPathComponent("site.yaml")
        guard let text = try? TextFile.read(url) else {
            throw DiagnosticsError([.error("找不到网站设置文件 site.yaml。请检查 --site 指向的主题文件夹。",
                                           path: displayPath)])
        }
        var fields = YAMLFields(text: text, path: displayPath)
        let title = fields.string("title", required: true) ?? ""
        let description = fields.string("description") ?? ""
        var base = fields.string("base_url", required: true) ?? "/"
        if !base.hasSuffix("/") { base += "/" }
        let perPage = fields.int("letters_per_page", range: 1...1000) ?? 20
        let publisher = fields.string("publisher") ?? title
        var themes: [(String, String)] = []
        if let node = fields.node("themes") {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    guard let slug = key.scalar?.string, let label = value.scalar?.string else {
                        fields.error("themes 的每一项应写成“英文代号: 中文名称”。", line: fields.line(of: key))
                        continue
                    }
                    themes.append((slug, label))
                }
            } else {
                fields.error("themes 应写成“英文代号: 中文名称”的列表。", line: fields.line(ofKey: "themes"))
            }
        }
        fields.warnUnknownKeys(known: ["title", "description", "base_url", "letters_per_page", "themes", "publisher"])
        if fields.diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(fields.diagnostics)
        }
        return SiteConfig(title: title, description: description, baseURL: base, lettersPerPage: perPage,
                          themes: themes, publisher: publisher)
    }

    public init(title: String, description: String = "", baseURL: String, lettersPerPage: Int = 20,
                themes: [(slug: String, label: String)], publisher: String = "") {
        self.title = title
        self.description = description
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.lettersPerPage = lettersPerPage
        self.themes = themes
        self.publisher = publisher.isEmpty ? title : publisher
    }
}

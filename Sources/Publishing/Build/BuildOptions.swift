import CampaignCore
import Foundation

/// What `campaign build` was asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    public var site: URL
    public var output: URL
    /// How the folders are named in messages (as the user typed them).
    public var contentDisplay: String
    public var siteDisplay: String
    /// Overrides site.yaml's base_url.
    public var baseURL: String?
    /// Publish drafts and future-dated items too.
    public var drafts = false
    /// The day that decides what is already published.
    public var asOf: Day
    /// Pages made elsewhere (the dashboard), wrapped in the site's layout.
    public var extraPages: [ExtraPage] = []
    /// Run Pagefind over the result when it is installed.
    public var searchIndex = true
    /// Add the live-reload script (for `campaign serve` only).
    public var devReload = false
    /// Reuse the previous build's cache (beside the output folder) to rewrite only what changed.
    public var incremental = true

    public init(content: URL, site: URL, output: URL, contentDisplay: String? = nil, siteDisplay: String? = nil,
                asOf: Day) {
        self.content = content
        self.site = site
        self.output = output
        self.contentDisplay = contentDisplay ?? content.lastPathComponent
        self.siteDisplay = siteDisplay ?? site.lastPathComponent
        self.asOf = asOf
    }
}

/// A page whose body was made outside the publishing module.
public struct ExtraPage: Sendable {
    /// Below the site root, ending in `/`: `dashboard/`.
    public var path: String
    public var title: String
    public var description: String
    public var bodyHTML: String

    public init(path: String, title: String, description: String = "", bodyHTML: String) {
        self.path = path
        self.title = title
        self.description = description
        self.bodyHTML = bodyHTML
    }
}

/// What a build produced.
public struct BuildSummary: Sendable {
    public var pages = 0
    public var kits = 0
    public var cases = 0
    public var letters = 0
    public var warnings: [Diagnostic] = []
    public var seconds = 0.0
    /// Nil when no search index was made (Pagefind missing or turned off).
    public var searchSeconds: Double?
    public var searchNote: String?
    /// Files written or removed, when the build updated the previous output instead of
    /// replacing it (nil for a full build).
    public var updatedFiles: Int?

    /// The one line printed at the end of a build.
    public var line: String {
        var s = "已生成 \(pages) 个页面：材料包 \(kits) 个，案例 \(cases) 个，家长信 \(letters) 期，用时 \(String(format: "%.2f", seconds)) 秒"
        if let updatedFiles { s += "（增量生成：更新了 \(updatedFiles) 个文件）" }
        if let searchSeconds { s += "（其中搜索索引 \(String(format: "%.2f", searchSeconds)) 秒）" }
        if !warnings.isEmpty { s += "，\(warnings.count) 条提醒" }
        return s + "。"
    }
}

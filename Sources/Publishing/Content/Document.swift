import CampaignCore

/// What a Markdown source is, by the folder it is in.
public enum DocumentKind: String, Sendable {
    case kit
    /// A Markdown file beside a kit's index.md: a handout, rendered as a printable page.
    case attachment
    case caseStudy = "case"
    case letter
    case page
}

/// One Markdown source with its front matter read.
public struct Document: Sendable {
    public var kind: DocumentKind
    /// Path below the content folder, with `/`: `kits/kind-words/index.md`.
    public var source: String
    /// Kit, case or page slug; the issue number for letters; the file name for attachments.
    public var slug: String
    public var title: String
    public var summary: String = ""
    public var date: Day?
    public var grades: [Grade] = []
    public var themes: [String] = []
    public var duration: Int?
    public var objectives: [String] = []
    public var issue: Int?
    /// The file line of `issue:`, for duplicate-issue messages.
    public var issueLine = 1
    public var draft = false
    public var body: String = ""
    /// The file line the body starts on, so Markdown lines map back to file lines.
    public var bodyLine: Int
    /// The kit an attachment belongs to.
    public var kitSlug: String?

    /// The page's path below the site root: `kits/kind-words/`, `kits/kind-words/handout.html`.
    public var outputPath: String {
        switch kind {
        case .kit: "kits/\(slug)/"
        case .attachment: "kits/\(kitSlug ?? "")/\(htmlName)"
        case .caseStudy: "cases/\(slug)/"
        case .letter: "letters/\(slug)/"
        case .page: "\(slug)/"
        }
    }

    /// An attachment's printable file name: handout.md → handout.html.
    public var htmlName: String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        return (name.hasSuffix(".md") ? String(name.dropLast(3)) : name) + ".html"
    }

    /// Published at `asOf`: not a draft and not dated in the future.
    public func isPublished(asOf: Day) -> Bool {
        !draft && (date.map { $0 <= asOf } ?? true)
    }
}

/// A file that is not Markdown (an image, a PDF) published as it is.
public struct Asset: Sendable, Equatable {
    public var source: String
    /// Same as `source` below the site root: `kits/kind-words/picture-story.svg`.
    public var outputPath: String { source }
    public var kitSlug: String?
}

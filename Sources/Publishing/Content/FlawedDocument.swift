import CampaignCore
import Foundation

/// A source whose front matter has an error (an unknown grade, an impossible date, YAML that does
/// not parse). It is never published, but the build still checks its body — links, images, the
/// kit lint — so that every problem in it is reported in the same run, and links from other files
/// to it resolve (the file is there; its own errors say what is wrong with it).
struct FlawedDocument: Sendable {
    /// What could be read of the front matter, with the body.
    var document: Document
    /// False when the front matter could not be read at all (it does not parse or is not closed):
    /// the document is then only a link target, with an empty body.
    var checkBody: Bool
    /// The front matter has a `duration` line that could not be read: its own error says so, and
    /// the kit lint does not add "missing duration".
    var durationUnreadable = false

    /// `parsed` is what `Document.parse` returned for the source (nil when nothing could be read).
    init(_ parsed: Document?, kind: DocumentKind, source: String, slug: String, kitSlug: String?, root: URL) {
        if let parsed {
            document = parsed
            checkBody = true
            if kind == .kit, parsed.duration == nil,
               let text = try? TextFile.read(root.appendingPathComponent(source)),
               let yaml = FrontMatter(splitting: text).yaml {
                durationUnreadable = yaml.split(separator: "\n").contains { $0.hasPrefix("duration:") }
            }
        } else {
            document = Document(kind: kind, source: source, slug: slug, title: "", bodyLine: 1)
            document.kitSlug = kitSlug
            checkBody = false
        }
    }
}

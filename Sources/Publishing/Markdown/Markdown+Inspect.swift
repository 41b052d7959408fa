import CCmark
#if canImport(Glibc)
import Glibc
#endif

/// A link or image found in a document, with the line it stands on.
public struct MarkdownLink: Equatable, Sendable {
    public var url: String
    public var line: Int
    public var isImage: Bool
}

/// A top-level block of a document, enough to check a document's structure.
/// What one pass over a document finds for the build's checks.
public struct MarkdownInspection: Equatable, Sendable {
    /// As `Markdown.depth`.
    public var depth: Int
    /// As `Markdown.rawHTMLLines`.
    public var rawHTMLLines: [Int]
    /// Lines with a text run that `EmphasisCheck.hasStrayMarkers` flags, each once, in order.
    public var strayEmphasisLines: [Int]
}

public enum MarkdownBlock: Equatable, Sendable {
    case heading(level: Int, text: String, line: Int)
    /// A list with, for each item, the plain text of its first line and that line.
    case list(ordered: Bool, items: [MarkdownListItem])
    case other(line: Int)
}

public struct MarkdownListItem: Equatable, Sendable {
    public var firstLine: String
    public var line: Int
    /// The text of nested blocks under the item (its sub-bullets), to find stray timings.
    public var rest: String
}

extension Markdown {
    /// Depth, raw HTML and stray emphasis markers in one walk; text runs without an asterisk are
    /// not even turned into Swift strings.
    public func inspect() -> MarkdownInspection {
        var depth = 0, deepest = 0
        var raw: [Int] = []
        var stray: [Int] = []
        var strayLines: Set<Int> = []
        walk { node, entering, line in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT:
                if entering, let literal = cmark_node_get_literal(node), strchr(literal, 42) != nil,
                   EmphasisCheck.hasStrayMarkers(String(cString: literal)), strayLines.insert(line).inserted {
                    stray.append(line)
                }
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                if entering, raw.last != line { raw.append(line) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK,
                 CMARK_NODE_THEMATIC_BREAK:
                break
            default:
                if entering {
                    depth += 1
                    deepest = max(deepest, depth)
                } else {
                    depth -= 1
                }
            }
        }
        return MarkdownInspection(depth: deepest - 1, rawHTMLLines: raw, strayEmphasisLines: stray)
    }

    /// Every link and image, in document order.
    public var links: [MarkdownLink] {
        var found: [MarkdownLink] = []
        walk { node, entering, line in
            guard entering else { return }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            found.append(MarkdownLink(url: url, line: line, isImage: type == CMARK_NODE_IMAGE))
        }
        return found
    }

    /// Replaces link and image destinations; `transform` returns nil to keep one as it is.
    /// Visits links in the same order as `links`.
    public func rewriteLinks(_ transform: (MarkdownLink) -> String?) {
        walk { node, entering, line in
            guard entering else { return }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            if let new = transform(MarkdownLink(url: url, line: line, isImage: type == CMARK_NODE_IMAGE)) {
                _ = cmark_node_set_url(node, new)
            }
        }
    }

    /// Lines holding raw HTML (which the renderer drops).
    public var rawHTMLLines: [Int] {
        var lines: [Int] = []
        walk { node, entering, line in
            let type = cmark_node_get_type(node)
            if entering, type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE,
               lines.last != line { lines.append(line) }
        }
        return lines
    }

    /// Text runs with their lines (code excluded), for checks on what a reader will see.
    public var textRuns: [(text: String, line: Int)] {
        var runs: [(String, Int)] = []
        walk { node, entering, line in
            guard entering, cmark_node_get_type(node) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(node) else { return }
            runs.append((String(cString: literal), line))
        }
        return runs
    }

    /// The deepest nesting of blocks and inlines below the document.
    public var depth: Int { inspect().depth }

    public var blocks: [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            let line = Int(cmark_node_get_start_line(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                result.append(.heading(level: Int(cmark_node_get_heading_level(node)),
                                       text: Markdown.plainText(node), line: line))
            case CMARK_NODE_LIST:
                var items: [MarkdownListItem] = []
                var item = cmark_node_first_child(node)
                while let it = item {
                    let first = cmark_node_first_child(it)
                    let firstText = first.map { Markdown.plainText($0, firstLineOnly: true) } ?? ""
                    var rest = ""
                    var sub = first.flatMap { cmark_node_next($0) }
                    while let s = sub {
                        rest += Markdown.plainText(s) + "\n"
                        sub = cmark_node_next(s)
                    }
                    if let first, cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH {
                        rest = Markdown.plainText(first).split(separator: "\n").dropFirst()
                            .joined(separator: "\n") + "\n" + rest
                    }
                    items.append(MarkdownListItem(firstLine: firstText,
                                                  line: Int(cmark_node_get_start_line(it)), rest: rest))
                    item = cmark_node_next(it)
                }
                result.append(.list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST, items: items))
            default:
                result.append(.other(line: line))
            }
            child = cmark_node_next(node)
        }
        return result
    }

    /// The plain text of a node's inlines; soft breaks become newlines.
    static func plainText(_ node: OpaquePointer, firstLineOnly: Bool = false) -> String {
        var text = ""
        guard let iter = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iter) }
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let n = cmark_iter_get_node(iter) else { continue }
            switch cmark_node_get_type(n) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let l = cmark_node_get_literal(n) { text += String(cString: l) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if firstLineOnly { return text }
                text += "\n"
            case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING:
                if !text.isEmpty && !text.hasSuffix("\n") {
                    if firstLineOnly { return text }
                    text += "\n"
                }
            default: break
            }
        }
        return text
    }
}

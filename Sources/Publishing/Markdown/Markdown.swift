import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A parsed CommonMark document. Owns its libcmark tree and frees it on deinit; everything it
/// hands out is a plain Swift value.
public final class Markdown {
    let root: OpaquePointer
    private let options: MarkdownOptions

    /// Parses `text`. Callers must apply `MarkdownLimits` first: libcmark 0.30.2 has quadratic cases.
    public init(_ text: String, options: MarkdownOptions = .site) {
        self.options = options
        var text = text
        let node = text.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options.rawValue)
            }
        }
        // cmark_parse_document only returns nil when malloc fails, which aborts anyway.
        guard let node else { fatalError("libcmark could not allocate a document") }
        root = node
    }

    deinit { cmark_node_free(root) }

    /// Renders the body HTML exactly as `cmark` does with the same options.
    public func html() -> String {
        guard let chars = cmark_render_html(root, options.rawValue) else { return "" }
        defer { free(chars) }
        return String(cString: chars)
    }

    /// Renders Markdown to HTML in one step.
    public static func html(from text: String, options: MarkdownOptions = .site) -> String {
        Markdown(text, options: options).html()
    }

    /// Visits every node in document order.
    func walk(_ visit: (_ node: OpaquePointer, _ entering: Bool, _ line: Int) -> Void) {
        guard let iter = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iter) }
        var line = 1
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let entering = event == CMARK_EVENT_ENTER
            let type = cmark_node_get_type(node)
            if entering {
                let start = Int(cmark_node_get_start_line(node))
                if type.rawValue <= CMARK_NODE_LAST_BLOCK.rawValue, start > 0 { line = start }
            }
            visit(node, entering, line)
            // Inline positions are not tracked by libcmark 0.30: count line breaks instead.
            if entering, type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK { line += 1 }
        }
    }
}

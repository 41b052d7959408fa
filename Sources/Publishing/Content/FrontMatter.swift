/// Splits a Markdown source into its YAML front matter and its body.
public struct FrontMatter: Sendable {
    /// The YAML between the `---` lines, or nil when the file has none.
    public var yaml: String?
    public var body: String
    /// The file line on which the body starts (1 when there is no front matter).
    public var bodyLine: Int
    /// False when a front matter block was opened but never closed.
    public var isClosed = true

    /// `text` must already be normalised (no BOM, LF line ends): see `TextFile`.
    /// Works on UTF-8 bytes: this runs once per page of a 10,000-page site.
    public init(splitting text: String) {
        let bytes = text.utf8
        let newline = UInt8(ascii: "\n")
        // `---` may be followed by spaces or tabs, as YAML allows (an editor may leave one there).
        let firstEnd = bytes.firstIndex(of: newline) ?? bytes.endIndex
        guard Self.isMarker(bytes[bytes.startIndex..<firstEnd], UInt8(ascii: "-")) else {
            yaml = nil
            body = text
            bodyLine = 1
            return
        }
        var lineStart = firstEnd < bytes.endIndex ? bytes.index(after: firstEnd) : bytes.endIndex
        let yamlStart = lineStart
        var line = 2
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.endIndex
            let content = bytes[lineStart..<lineEnd]
            if Self.isMarker(content, UInt8(ascii: "-")) || Self.isMarker(content, UInt8(ascii: ".")) {
                yaml = String(text[yamlStart..<lineStart])
                body = lineEnd < bytes.endIndex ? String(text[bytes.index(after: lineEnd)...]) : ""
                bodyLine = line + 1
                return
            }
            line += 1
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
        }
        // No closing line: everything is front matter, so a YAML error points into it.
        yaml = String(text[yamlStart...])
        body = ""
        bodyLine = line
        isClosed = false
    }

    /// `---` or `...` (three of `mark`), then nothing but spaces and tabs.
    private static func isMarker(_ line: Substring.UTF8View.SubSequence, _ mark: UInt8) -> Bool {
        line.count >= 3 && line.prefix(3).allSatisfy { $0 == mark }
            && line.dropFirst(3).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    }
}

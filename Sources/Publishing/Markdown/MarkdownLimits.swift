import CampaignCore

/// Input limits applied before libcmark sees a document.
///
/// Debian's libcmark 0.30.2 lacks the upstream fixes for quadratic-time inputs (CVE-2023-22486 and
/// friends): `"- " * n + "x"` of 120 KB takes about 26 s. Size, nesting and brackets (see
/// `MarkdownLimits+Brackets.swift`) are capped first.
public enum MarkdownLimits {
    public static let maxBytes = 256 * 1024
    public static let maxDepth = 32

    /// The problems with `text`, each as (line, or nil for the whole text; message); empty when it may be parsed.
    public static func problems(in text: String) -> [(line: Int?, message: String)] {
        let size = text.utf8.count
        if size > maxBytes {
            return [(nil, "文件有 \(size / 1024) KB，超过了 \(maxBytes / 1024) KB 的上限。请把内容拆成几个文件。")]
        }
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            // A line needs at least two bytes per marker to go deeper than the limit.
            if line.count > maxDepth * 2, containerMarkers(in: line) > maxDepth {
                return [(lineNumber, "这一行嵌套了超过 \(maxDepth) 层列表或引用。请减少嵌套层数。")]
            }
        }
        if let brackets = excessiveBrackets(in: text) {
            return [(brackets.line, bracketMessage(images: brackets.images, closers: brackets.closers))]
        }
        return []
    }

    /// Counts the block-container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) opening a line.
    static func containerMarkers(in line: Substring.UTF8View) -> Int {
        var count = 0
        var bytes = line[...]
        while true {
            while let b = bytes.first, b == 0x20 || b == 0x09 { bytes = bytes.dropFirst() }
            guard let b = bytes.first else { return count }
            if b == UInt8(ascii: ">") {
                bytes = bytes.dropFirst()
            } else if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
                let next = bytes.dropFirst().first
                guard next == nil || next == 0x20 || next == 0x09 else { return count }
                bytes = bytes.dropFirst()
            } else if (0x30...0x39).contains(b) {
                let digits = bytes.prefix { (0x30...0x39).contains($0) }
                let after = bytes.dropFirst(digits.count)
                guard digits.count <= 9, let m = after.first, m == UInt8(ascii: ".") || m == UInt8(ascii: ")")
                else { return count }
                let next = after.dropFirst().first
                guard next == nil || next == 0x20 || next == 0x09 else { return count }
                bytes = after.dropFirst()
            } else {
                return count
            }
            count += 1
        }
    }

    /// Renders `text` as the site does, after the same limits; errors name `path` and the line.
    public static func checkedHTML(from text: String, path: String = "<stdin>") throws -> String {
        if let problem = problems(in: text).first {
            throw DiagnosticsError([.error(problem.message, path: path, line: problem.line ?? 1)])
        }
        let markdown = Markdown(text)
        if markdown.depth > maxDepth {
            throw DiagnosticsError([.error("内容嵌套超过 \(maxDepth) 层。请减少列表或引用的嵌套。", path: path, line: 1)])
        }
        return markdown.html()
    }
}

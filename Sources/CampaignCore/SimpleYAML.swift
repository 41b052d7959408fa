/// Reads the front matter nearly every Markdown file has — `key: text`, `key: [a, b]`, and `key:`
/// followed by `  - item` lines — without a YAML parser: Yams costs about as much as rendering the
/// Markdown. Anything else (quotes, comments, nested mappings, block scalars, anchors, tags, tabs,
/// a repeated key, text that YAML would read differently) returns nil, and Yams reads the text
/// instead, with its own error messages.
enum SimpleYAML {
    struct Field {
        var keyLine: Int
        var value: FieldValue
    }

    /// The keys in order with their lines (1 = the text's first line) and values; nil when the
    /// text needs a real YAML parser.
    static func mapping(_ text: String) -> [(String, Field)]? {
        guard !needsYams(text) else { return nil }
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var result: [(String, Field)] = []
        var seen: Set<String> = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            let number = i + 1
            if line.allSatisfy({ $0 == space }) {
                i += 1
                continue
            }
            guard let first = line.first, isKeyStart(first) else { return nil }
            let keyEnd = line.firstIndex { !isKeyByte($0) } ?? line.endIndex
            guard keyEnd < line.endIndex, line[keyEnd] == colon else { return nil }
            let key = String(decoding: line[line.startIndex..<keyEnd], as: UTF8.self)
            let after = line[line.index(after: keyEnd)...]
            let value: FieldValue
            if after.allSatisfy({ $0 == space }) {
                // Nothing after the colon: a block list on the next lines, or null.
                var items: [FieldValue] = []
                var indent: Int?
                var j = i + 1
                while j < lines.count {
                    let itemLine = lines[j]
                    let spaces = itemLine.prefix { $0 == space }.count
                    let rest = itemLine.dropFirst(spaces)
                    guard rest.first == dash else { break }
                    guard rest.dropFirst().first == space, let item = plain(rest.dropFirst(2)) else { return nil }
                    if indent == nil { indent = spaces } else if indent != spaces { return nil }
                    items.append(.scalar(item, line: j + 1, null: isNull(item)))
                    j += 1
                }
                value = items.isEmpty ? .scalar("", line: number, null: true) : .sequence(items, line: items[0].line)
                i = j
            } else {
                guard after.first == space else { return nil }
                let trimmed = trim(after)
                if trimmed.first == UInt8(ascii: "[") {
                    guard trimmed.last == UInt8(ascii: "]") else { return nil }
                    let inner = trimmed.dropFirst().dropLast()
                    var items: [FieldValue] = []
                    if !inner.allSatisfy({ $0 == space }) {
                        for part in inner.split(separator: comma, omittingEmptySubsequences: false) {
                            guard let item = plain(part), !item.utf8.contains(where: isFlowSpecial) else { return nil }
                            items.append(.scalar(item, line: number, null: isNull(item)))
                        }
                    }
                    value = .sequence(items, line: number)
                } else {
                    guard let text = plain(trimmed) else { return nil }
                    value = .scalar(text, line: number, null: isNull(text))
                }
                i += 1
            }
            guard seen.insert(key).inserted else { return nil }
            result.append((key, Field(keyLine: number, value: value)))
        }
        return result
    }

    private static let space = UInt8(ascii: " ")
    private static let colon = UInt8(ascii: ":")
    private static let dash = UInt8(ascii: "-")
    private static let comma = UInt8(ascii: ",")

    private static func isKeyStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "_")
    }

    private static func isKeyByte(_ b: UInt8) -> Bool { isKeyStart(b) || b == dash }

    private static func isFlowIndicator(_ b: UInt8) -> Bool {
        b == comma || b == UInt8(ascii: "[") || b == UInt8(ascii: "]") || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
    }

    /// Inside `[…]`, YAML reads `:` `?` `#` and the other indicators in ways the fast path does
    /// not follow (`[认识外号:?不取笑]` is a mapping there), so an item holding one goes to Yams.
    private static func isFlowSpecial(_ b: UInt8) -> Bool {
        isFlowIndicator(b) || "?:#&*!|>'\"%@`".utf8.contains(b)
    }

    /// Characters where YAML's reading is subtle: control characters (C0 but the newline, DEL,
    /// C1), YAML's own line breaks U+0085, U+2028 and U+2029, a byte order mark, and the
    /// non-characters U+FFFE and U+FFFF. YAML refuses some and reads others as line ends; the
    /// fast path leaves them all to Yams rather than follow each rule.
    static func needsYams(_ text: String) -> Bool {
        for b in text.utf8 where b < 0x20 || b >= 0x7F {
            if b == UInt8(ascii: "\n") { continue }
            if b < 0x80 { return true }
            // Non-ASCII: look at the scalars (rare enough in front matter keys and codes).
            return text.unicodeScalars.contains { scalar in
                switch scalar.value {
                case 0x0A: false
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: true
                default: false
                }
            }
        }
        return false
    }

    private static func trim(_ bytes: Substring.UTF8View.SubSequence) -> Substring.UTF8View.SubSequence {
        var s = bytes
        while s.first == space { s = s.dropFirst() }
        while s.last == space { s = s.dropLast() }
        return s
    }

    private static func isNull(_ s: String) -> Bool { ["~", "null", "Null", "NULL"].contains(s) }

    /// The text of a plain scalar that YAML reads exactly as written, or nil.
    private static func plain(_ bytes: Substring.UTF8View.SubSequence) -> String? {
        let s = trim(bytes)
        guard let first = s.first, let last = s.last else { return nil }
        // Indicators that start something other than plain text.
        if "-?:,[]{}#&*!|>'\"%@`".utf8.contains(first) { return nil }
        if last == colon { return nil }
        var previous: UInt8 = 0
        for b in s {
            if b < 0x20 || b == 0x7F { return nil }  // tabs and control characters
            if previous == colon && b == space { return nil }  // "a: b" is a mapping
            if previous == space && b == UInt8(ascii: "#") { return nil }  // " #" starts a comment
            previous = b
        }
        return String(decoding: s, as: UTF8.self)
    }
}

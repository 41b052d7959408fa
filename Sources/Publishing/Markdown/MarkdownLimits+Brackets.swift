/// The second quadratic case of libcmark 0.30.2 (CVE-2023-22486, fixed upstream in 0.30.3): each
/// link closed in a paragraph walks back over every image opener `![` still open in it, so
/// `"![[]()"` repeated to 252 KB takes 6 s and `"!["` × 64,000 followed by `"[]()"` × 32,000
/// takes 29 s. The walk never leaves the paragraph, and a paragraph never spans a blank line, so
/// the work is at most the sum, over the text's blank-line-separated chunks, of (`![` in the chunk)
/// × (`]` in the chunk). Backslash-escaped brackets do not count (cmark does not see them as
/// brackets); those inside code spans do, which only overestimates.
extension MarkdownLimits {
    /// The most bracket work a document may need. libcmark does one step in about 7 ns on this
    /// machine (2026-12), so this is about 0.07 s; a page with a hundred images and a hundred
    /// links in one paragraph needs 10,000.
    public static let maxBracketWork = 10_000_000

    /// The first line of the paragraph where the bracket work passes `maxBracketWork`, and that
    /// paragraph's counts; nil when the text is within the limit.
    static func excessiveBrackets(in text: String) -> (line: Int, images: Int, closers: Int)? {
        var work = 0
        var line = 1
        var chunkLine = 1
        var images = 0
        var closers = 0
        var lineIsBlank = true
        var previous: UInt8 = 0
        var escaped = false
        func endChunk() -> Bool {
            work += images * closers
            return work > maxBracketWork
        }
        for byte in text.utf8 {
            if escaped {
                escaped = false
                previous = 0
                if byte != UInt8(ascii: "\n") { lineIsBlank = false; continue }
            }
            switch byte {
            case UInt8(ascii: "\n"):
                if lineIsBlank, images > 0 || closers > 0 {
                    if endChunk() { return (chunkLine, images, closers) }
                    images = 0
                    closers = 0
                }
                line += 1
                if lineIsBlank { chunkLine = line }
                lineIsBlank = true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                break
            case UInt8(ascii: "\\"):
                escaped = true
                lineIsBlank = false
            case UInt8(ascii: "["):
                if previous == UInt8(ascii: "!") { images += 1 }
                lineIsBlank = false
            case UInt8(ascii: "]"):
                closers += 1
                lineIsBlank = false
            default:
                lineIsBlank = false
            }
            previous = escaped ? 0 : byte
        }
        return endChunk() ? (chunkLine, images, closers) : nil
    }

    static func bracketMessage(images: Int, closers: Int) -> String {
        "这一段有 \(images) 个图片标记“![”和 \(closers) 个“]”，网页生成会慢到无法完成。"
            + "请删去多余的方括号（要显示方括号本身，写成 \\[ 和 \\]），或把图片和链接分到更多段落里（段落之间空一行）。"
    }
}

/// Finds emphasis markers that CommonMark left as literal asterisks, which readers would see.
///
/// CommonMark does not open or close `**` when the marker touches punctuation on the inside and a
/// letter on the outside, which is common in Chinese: `请阅读**“安全守则”**后签字`.
public enum EmphasisCheck {
    public static let message = "这里的星号没有变成粗体或斜体，读者会直接看到 * 号。请把紧挨着星号的标点移到星号外面，例如把 请阅读**“安全守则”**后 改成 请阅读“**安全守则**”后。"

    /// Whether a text run (as parsed, outside code) still holds emphasis markers next to CJK text.
    public static func hasStrayMarkers(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return false }
        let chars = Array(text)
        for (i, c) in chars.enumerated() where c == "*" {
            if i + 1 < chars.count, chars[i + 1] == "*" { return true }
            let before = i > 0 ? chars[i - 1] : " "
            let after = i + 1 < chars.count ? chars[i + 1] : " "
            if isCJK(before) || isCJK(after) { return true }
        }
        return false
    }

    static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xFF00...0xFFEF).contains(v)
            || (0x2018...0x201F).contains(v) || v == 0x2026 || v == 0x2014
    }
}

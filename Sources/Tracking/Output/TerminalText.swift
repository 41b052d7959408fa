import CampaignCore

/// Width of text in a terminal: Chinese characters and full-width forms take two columns.
enum TerminalText {
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: 2
        default: 1
        }
    }

    /// `text` with control characters made visible (see `TerminalSafe`), cut to at most `columns`
    /// (ending in … when cut) and padded with spaces to exactly `columns`.
    static func fit(_ text: String, _ columns: Int) -> String {
        let text = TerminalSafe.text(text)
        var out = ""
        var used = 0
        let total = width(text)
        for scalar in text.unicodeScalars {
            let w = width(of: scalar)
            if total > columns && used + w > columns - 1 {
                out += "…"
                used += 1
                break
            }
            out.unicodeScalars.append(scalar)
            used += w
        }
        return out + String(repeating: " ", count: max(0, columns - used))
    }
}

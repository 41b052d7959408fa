/// Text from users made safe to print to a terminal or write to a log: every control character
/// (C0, DEL, C1), line and paragraph separators, bidirectional overrides and the byte order mark
/// are shown as a visible `\u{1B}`, so that a topic or a name cannot clear or retitle the admin's
/// terminal, move the cursor, or forge a line in a log.
public enum TerminalSafe {
    /// `text` with every invisible or controlling character escaped, newlines and tabs included.
    public static func text(_ text: String) -> String {
        escape(text, keepingNewlines: false)
    }

    /// Like `text(_:)`, but a newline stays a newline (for multi-line messages printed whole).
    public static func lines(_ text: String) -> String {
        escape(text, keepingNewlines: true)
    }

    /// True for a scalar that `text(_:)` escapes.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
            true
        default:
            false
        }
    }

    private static func escape(_ text: String, keepingNewlines: Bool) -> String {
        // Nearly every text is clean: return it without copying.
        guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingNewlines && $0 == "\n") }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) && !(keepingNewlines && scalar == "\n") {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// `text` cut to `limit` characters for a message, saying how long it was when cut: a
    /// conflicting 20 MB value must not become a 20 MB error.
    public static func clip(_ text: String, limit: Int = 80) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…（共 \(text.count) 个字）"
    }
}

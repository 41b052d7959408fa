/// UTF-8 bytes of a JSON document, appended piece by piece, for documents too large to build as a
/// `JSONValue` tree first (a province's check is 300,000 objects). Strings are escaped exactly as
/// `JSONValue` escapes them, so both give the same bytes.
public struct JSONBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text that needs no escaping (punctuation, keys, indentation).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// `"…"`, escaping quote, backslash, control characters and U+2028/U+2029.
    mutating func string(_ text: String) {
        bytes.append(0x22)
        // Most strings need no escape: copy them whole (U+2028 and U+2029 start with 0xE2).
        if text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            escape(text)
        } else {
            bytes.append(contentsOf: text.utf8)
        }
        bytes.append(0x22)
    }

    private mutating func escape(_ text: String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                raw("\\u")
                let hex = String(scalar.value, radix: 16)
                bytes.append(contentsOf: (String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// A string, or `null` for nil.
    mutating func string(_ text: String?) {
        if let text { string(text) } else { raw("null") }
    }

    /// A decimal integer.
    mutating func int(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }
}

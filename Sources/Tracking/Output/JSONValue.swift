/// A JSON value whose objects keep their keys in the order given, printed so that a small object of
/// plain values sits on one line: `{"school": "S001", "held": 1}`.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case null
    indirect case array([JSONValue])
    indirect case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        a.text() == b.text()
    }

    public static func string(_ value: String?) -> JSONValue {
        value.map { .string($0) } ?? .null
    }

    public static func int(_ value: Int?) -> JSONValue {
        value.map { .int($0) } ?? .null
    }

    /// The document, two spaces per level, ending in a newline.
    public func text() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out + "\n"
    }

    private var isFlat: Bool {
        switch self {
        case .array(let items): items.isEmpty
        case .object(let members): members.allSatisfy { !$0.1.isContainer }
        default: true
        }
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                item.write(to: &out, indent: indent + 2)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            if isFlat {
                out += "{"
                for (i, (key, value)) in members.enumerated() {
                    if i > 0 { out += ", " }
                    Self.quote(key, into: &out)
                    out += ": "
                    value.write(to: &out, indent: indent)
                }
                out += "}"
                return
            }
            out += "{\n"
            for (i, (key, value)) in members.enumerated() {
                out += String(repeating: " ", count: indent + 2)
                Self.quote(key, into: &out)
                out += ": "
                value.write(to: &out, indent: indent + 2)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        }
    }

    private static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: copy them whole (U+2028 and U+2029 start with 0xE2).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

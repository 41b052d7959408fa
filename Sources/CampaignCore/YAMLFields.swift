import Yams

/// A YAML mapping read for typed fields, recording a located diagnostic for every bad value.
///
/// Values are read from the scalar's source text, never through Yams' implicit conversions
/// (`007`, `0x1F` or `2024-1-5` would otherwise be turned silently into numbers and dates).
public struct YAMLFields {
    public let path: String
    /// Added to the YAML's own line numbers (front matter starts on the file's second line).
    public let lineOffset: Int
    public private(set) var diagnostics: [Diagnostic] = []
    private var entries: [String: Entry] = [:]
    public private(set) var keys: [String] = []
    public let startLine: Int

    /// Parses `text`; an unparsable document or a non-mapping yields one error and no fields.
    public init(text: String, path: String, lineOffset: Int = 0) {
        self.init(text: text, path: path, lineOffset: lineOffset, simple: true)
    }

    /// `simple: false` always uses Yams (tests compare the two).
    init(text: String, path: String, lineOffset: Int, simple: Bool) {
        self.path = path
        self.lineOffset = lineOffset
        self.startLine = lineOffset + 1
        if simple, let fields = SimpleYAML.mapping(text) {
            for (name, entry) in fields {
                entries[name] = Entry(keyLine: entry.keyLine + lineOffset, value: entry.value.offset(by: lineOffset))
                keys.append(name)
            }
            return
        }
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, problem) = YAMLFields.describe(error)
            diagnostics.append(.error("YAML 格式有误：\(problem)。请检查缩进、冒号和引号。",
                                      path: path, line: line.map { $0 + lineOffset } ?? startLine))
            return
        } catch {
            diagnostics.append(.error("YAML 无法读取。", path: path, line: startLine))
            return
        }
        guard let node else { return }
        guard let mapping = node.mapping else {
            diagnostics.append(.error("开头的设置部分应为“键: 值”的形式。", path: path,
                                      line: line(of: node)))
            return
        }
        for (key, value) in mapping {
            guard let name = key.scalar?.string else { continue }
            entries[name] = Entry(keyLine: line(of: key), value: self.value(value), node: value)
            keys.append(name)
        }
    }

    /// A Yams node as a field value, with lines counted in the file.
    private func value(_ node: Node) -> FieldValue {
        switch node {
        case let .scalar(s):
            let null = s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
            return .scalar(s.string, line: line(of: node), null: null)
        case let .sequence(items):
            return .sequence(items.map(value), line: line(of: node))
        default:
            return .other(line: line(of: node))
        }
    }

    static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _),
             let .composer(_, problem, mark, _):
            return (mark.line, problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, "键 \(duplicates.joined(separator: "、")) 出现了不止一次")
        case let .reader(problem, _, _, _):
            return (nil, problem)
        default:
            return (nil, "\(error)")
        }
    }

    public func line(of node: Node) -> Int {
        (node.mark?.line).map { $0 + lineOffset } ?? startLine
    }

    /// The line of `key`, or of the start of the mapping when absent.
    public func line(ofKey key: String) -> Int {
        entries[key]?.keyLine ?? startLine
    }

    public func has(_ key: String) -> Bool { entries[key] != nil }

    /// The line of a key and its value, as read (for tests).
    func field(_ key: String) -> (Int, FieldValue)? { entries[key].map { ($0.keyLine, $0.value) } }

    /// The Yams node of a value, for settings files with nested structure. Nil for simple
    /// front matter, which is read without Yams (see `SimpleYAML`).
    public func node(_ key: String) -> Node? { entries[key]?.node }

    public mutating func error(_ message: String, line: Int) {
        diagnostics.append(.error(message, path: path, line: line))
    }

    public mutating func warning(_ message: String, line: Int) {
        diagnostics.append(.warning(message, path: path, line: line))
    }

    /// A string value; numbers and dates are taken as written. Errors on lists and mappings.
    public mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = entries[key]?.value, !value.isNull else {
            if required { error("缺少必填项“\(key)”。请在开头的设置部分加上 \(key): …", line: line(ofKey: key)) }
            return nil
        }
        guard case let .scalar(string, valueLine, _) = value else {
            error("“\(key)”应为一段文字，不能是列表或嵌套设置。", line: value.line)
            return nil
        }
        let text = string.trimmingCharacters(in: .whitespacesAndNewlines)
        if required && text.isEmpty {
            error("“\(key)”不能为空。", line: valueLine)
            return nil
        }
        return text
    }

    /// A whole number written in decimal digits.
    public mutating func int(_ key: String, required: Bool = false, range: ClosedRange<Int>? = nil) -> Int? {
        let ln = line(ofKey: key)
        guard let text = string(key, required: required) else { return nil }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(text) else {
            error("“\(key)”应为整数，这里写的是“\(text)”。", line: ln)
            return nil
        }
        if let range, !range.contains(n) {
            error("“\(key)”应在 \(range.lowerBound) 到 \(range.upperBound) 之间，这里是 \(n)。", line: ln)
            return nil
        }
        return n
    }

    public mutating func bool(_ key: String) -> Bool? {
        let ln = line(ofKey: key)
        guard let text = string(key) else { return nil }
        switch text {
        case "true", "True", "TRUE", "yes": return true
        case "false", "False", "FALSE", "no": return false
        default:
            error("“\(key)”应为 true 或 false，这里写的是“\(text)”。", line: ln)
            return nil
        }
    }

    public mutating func day(_ key: String, required: Bool = false) -> Day? {
        let ln = line(ofKey: key)
        guard let text = string(key, required: required) else { return nil }
        return parseDay(text, key: key, line: ln)
    }

    public mutating func parseDay(_ text: String, key: String, line ln: Int) -> Day? {
        if let d = Day(iso: text) { return d }
        error("“\(key)”的日期“\(text)”不存在或格式不对，请写成 YYYY-MM-DD，例如 2026-03-02。", line: ln)
        return nil
    }

    /// A list of strings; a single string is accepted as a one-item list.
    /// Returns each item with its line.
    public mutating func list(_ key: String) -> [(String, Int)] {
        guard let value = entries[key]?.value, !value.isNull else { return [] }
        if case let .scalar(string, line, _) = value { return [(string, line)] }
        guard case let .sequence(sequence, _) = value else {
            error("“\(key)”应为列表。", line: value.line)
            return []
        }
        var items: [(String, Int)] = []
        for item in sequence {
            if case let .scalar(string, line, _) = item {
                items.append((string.trimmingCharacters(in: .whitespaces), line))
            } else {
                error("“\(key)”的每一项应为一段文字。", line: item.line)
            }
        }
        return items
    }

    /// Warns about keys that are not known, so typos (`titel:`) do not pass silently.
    public mutating func warnUnknownKeys(known: Set<String>) {
        for key in keys where !known.contains(key) {
            warning("不认识的设置项“\(key)”，已忽略。可用的有：\(known.sorted().joined(separator: ", "))。",
                    line: line(ofKey: key))
        }
    }
}

/// One key of the mapping: where the key is, its value, and the Yams node when Yams read it.
struct Entry {
    var keyLine: Int
    var value: FieldValue
    var node: Node?
}

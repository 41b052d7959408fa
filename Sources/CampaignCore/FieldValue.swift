/// A value in a YAML mapping, with the file line it starts on.
indirect enum FieldValue: Equatable {
    case scalar(String, line: Int, null: Bool)
    case sequence([FieldValue], line: Int)
    /// A nested mapping or anything else that is not text or a list.
    case other(line: Int)

    var line: Int {
        switch self {
        case let .scalar(_, line, _), let .sequence(_, line), let .other(line): line
        }
    }

    var isNull: Bool {
        if case let .scalar(_, _, null) = self { return null }
        return false
    }

    func offset(by lines: Int) -> FieldValue {
        switch self {
        case let .scalar(s, line, null): .scalar(s, line: line + lines, null: null)
        case let .sequence(items, line): .sequence(items.map { $0.offset(by: lines) }, line: line + lines)
        case let .other(line): .other(line: line + lines)
        }
    }
}

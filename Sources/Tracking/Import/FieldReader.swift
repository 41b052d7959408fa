import CampaignCore

/// Reads the values of one row (of a file or of a command line), collecting a plain-Chinese
/// message for every bad value.
struct FieldReader {
    let kind: ImportKind
    let values: FieldValues
    private(set) var problems: [String] = []
    /// Columns whose text was refused (a control character, too long): read as absent.
    private var refused: Set<String> = []

    /// Checks every column's text first (length, control characters), so that no value that
    /// could not be stored as written is read further.
    init(kind: ImportKind, values: FieldValues) {
        self.kind = kind
        self.values = values
        for column in kind.columns {
            guard let value = values[column.english], !value.isEmpty else { continue }
            let limit = ImportKind.limit(of: column.english)
            if let problem = UserText.problem(in: value, limit: limit.characters, allowsNewlines: limit.allowsNewlines) {
                problems.append(UserText.message(problem, field: column.chinese))
                refused.insert(column.english)
            }
        }
    }

    init(kind: ImportKind, values: [String: String]) {
        self.init(kind: kind, values: FieldValues(values))
    }

    mutating func problem(_ message: String) {
        problems.append(message)
    }

    func label(_ column: String) -> String {
        kind.columns.first { $0.english == column }?.chinese ?? column
    }

    /// The value of a column; nil when empty (an error when the column is required).
    mutating func text(_ column: String) -> String? {
        if refused.contains(column) { return nil }
        let value = values[column] ?? ""
        if value.isEmpty {
            if kind.columns.first(where: { $0.english == column })?.isRequired == true {
                problem("“\(label(column))”是空的。请填写后重新导入。")
            }
            return nil
        }
        return value
    }

    /// A count (attendance, audience): nil when empty, a problem when not a whole number.
    mutating func count(_ column: String) -> Int? {
        guard let value = text(column) else { return nil }
        guard value.count <= 6, value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value) else {
            problem("“\(label(column))”应为人数（整数），这里写的是“\(value)”。请只填数字，例如 45。")
            return nil
        }
        return number
    }

    /// 课时 (1 to 20): nil when empty.
    mutating func hours(_ column: String) -> Int? {
        guard let value = text(column) else { return nil }
        guard value.count <= 2, value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value),
              (1...20).contains(number) else {
            problem("“\(label(column))”应为 1 到 20 之间的整数，这里写的是“\(value)”。一次宣讲通常是 1 课时。")
            return nil
        }
        return number
    }

    /// A date that must be a school day of a known term and not after today.
    mutating func schoolDay(_ column: String, content: TrackerContent, today: Day) -> Day? {
        guard let value = text(column) else { return nil }
        guard let day = Day(spreadsheet: value) else {
            let advice = (Day.spreadsheetProblem(value) ?? .unreadable).advice
            problem("“\(label(column))”的“\(value)”不是有效的日期。\(advice)")
            return nil
        }
        if day > today {
            problem("日期 \(day) 还没到（今天是 \(today)）。只能登记已经开过的活动，请检查日期。")
            return nil
        }
        if let reason = content.schoolDayProblem(day) {
            problem(reason)
            return nil
        }
        return day
    }
}

/// The values of one row by column name: the row's fields and the file's column positions (one
/// dictionary shared by every row, not one per row), each value trimmed when it is read.
struct FieldValues {
    private let positions: [String: Int]
    private let fields: [String]

    /// A record of an import file, with the header's positions.
    init(positions: [String: Int], fields: [String]) {
        self.positions = positions
        self.fields = fields
    }

    /// Values given by name (a command line, a form).
    init(_ values: [String: String]) {
        var positions: [String: Int] = [:]
        var fields: [String] = []
        for (column, value) in values {
            positions[column] = fields.count
            fields.append(value)
        }
        self.init(positions: positions, fields: fields)
    }

    /// The trimmed value of a column, nil when the row has no such column.
    subscript(column: String) -> String? {
        guard let index = positions[column], index < fields.count else { return nil }
        return CSVHeader.clean(fields[index])
    }
}

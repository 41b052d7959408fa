import CSV

/// One record of a CSV file with the physical line it starts on (a quoted field may span lines).
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]

    /// Excel writes empty rows as `,,,`; they carry nothing.
    var isBlank: Bool { fields.allSatisfy { $0.unicodeScalars.allSatisfy(\.properties.isWhitespace) } }
}

/// Splits CSV text into records, finding the line where each one starts and the quoting problems
/// that CSV readers pass over silently (an unterminated quote swallows the rest of the file;
/// text after a closing quote is dropped). The fields are read by CSV.swift: the whole text at
/// once when it is well formed, else each good record on its own.
struct CSVRecords {
    enum Problem: Equatable {
        /// A quoted field opened on `line` never closes.
        case unterminatedQuote(line: Int)
        /// A closing quote is followed by text instead of a comma or the end of the line.
        case textAfterQuote(line: Int)
    }

    private(set) var records: [CSVRecord] = []
    private(set) var problems: [Problem] = []

    private struct Span {
        var line: Int
        var start: Int
        var end: Int
    }

    init(text: String) {
        // Every character that shapes a record (quote, comma, CR, LF) is ASCII, so UTF-8 bytes suffice.
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var spans: [Span] = []
        var line = 1
        var recordLine = 1
        var recordStart = 0
        var inQuotes = false
        var atFieldStart = true
        var afterClosingQuote = false
        var textAfterQuote = false
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            if inQuotes {
                if c == quote {
                    if i + 1 < bytes.count && bytes[i + 1] == quote {
                        i += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                } else if c == cr {
                    if i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                    line += 1
                } else if c == lf {
                    line += 1
                }
                i += 1
                continue
            }
            if c == comma {
                atFieldStart = true
                afterClosingQuote = false
            } else if c == cr || c == lf {
                if textAfterQuote {
                    problems.append(.textAfterQuote(line: recordLine))
                } else {
                    spans.append(Span(line: recordLine, start: recordStart, end: i))
                }
                if c == cr && i + 1 < bytes.count && bytes[i + 1] == lf { i += 1 }
                line += 1
                recordLine = line
                recordStart = i + 1
                atFieldStart = true
                afterClosingQuote = false
                textAfterQuote = false
            } else if c == quote && atFieldStart {
                inQuotes = true
                atFieldStart = false
            } else {
                if afterClosingQuote { textAfterQuote = true }
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes {
            problems.append(.unterminatedQuote(line: recordLine))
        } else if textAfterQuote {
            problems.append(.textAfterQuote(line: recordLine))
        } else if bytes.count > recordStart {
            spans.append(Span(line: recordLine, start: recordStart, end: bytes.count))
        }

        if problems.isEmpty, let rows = Self.rows(of: text), rows.count == spans.count {
            records = zip(spans, rows).map { CSVRecord(line: $0.line, fields: $1) }
        } else {
            records = spans.map { span in
                let rows = Self.rows(of: String(decoding: bytes[span.start..<span.end], as: UTF8.self))
                return CSVRecord(line: span.line, fields: rows?.first ?? [""])
            }
        }
    }

    /// The rows CSV.swift reads from `text`.
    private static func rows(of text: String) -> [[String]]? {
        guard let reader = try? CSVReader(string: text) else { return nil }
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }
}

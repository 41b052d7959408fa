import CSV

/// One record of a CSV file with the physical line it starts on (a quoted field may span lines).
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]

    /// Excel writes empty rows as `,,,`; they carry nothing.
    var isBlank: Bool { fields.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
}

/// Splits CSV text into records, finding the line where each one starts and the quoting problems
/// that CSV readers pass over silently (an unterminated quote swallows the rest of the file;
/// text after a closing quote is dropped). The fields of each well-formed record are read by
/// CSV.swift.
struct CSVRecords {
    enum Problem: Equatable {
        /// A quoted field opened on `line` never closes.
        case unterminatedQuote(line: Int)
        /// A closing quote is followed by text instead of a comma or the end of the line.
        case textAfterQuote(line: Int)
    }

    private(set) var records: [CSVRecord] = []
    private(set) var problems: [Problem] = []

    init(text: String) {
        let scalars = Array(text.unicodeScalars)
        var line = 1
        var recordLine = 1
        var recordStart = 0
        var inQuotes = false
        var atFieldStart = true
        var afterClosingQuote = false
        var textAfterQuote = false
        var i = 0

        func finish(_ end: Int) {
            if textAfterQuote {
                problems.append(.textAfterQuote(line: recordLine))
            } else if end > recordStart {
                records.append(CSVRecord(line: recordLine, fields: Self.fields(of: scalars[recordStart..<end])))
            }
        }

        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                switch c {
                case "\"":
                    if i + 1 < scalars.count && scalars[i + 1] == "\"" {
                        i += 1
                    } else {
                        inQuotes = false
                        afterClosingQuote = true
                    }
                case "\r":
                    if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                    line += 1
                case "\n":
                    line += 1
                default:
                    break
                }
                i += 1
                continue
            }
            switch c {
            case ",":
                atFieldStart = true
                afterClosingQuote = false
            case "\r", "\n":
                finish(i)
                if c == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                line += 1
                recordLine = line
                recordStart = i + 1
                atFieldStart = true
                afterClosingQuote = false
                textAfterQuote = false
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
            default:
                if afterClosingQuote { textAfterQuote = true }
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes {
            problems.append(.unterminatedQuote(line: recordLine))
        } else {
            finish(scalars.count)
        }
    }

    /// The fields of one well-formed record, read by CSV.swift.
    private static func fields(of record: ArraySlice<Unicode.Scalar>) -> [String] {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: record)
        guard let reader = try? CSVReader(string: String(text)), let row = reader.next() else { return [""] }
        return row
    }
}

import CampaignCore
import Foundation

/// The header row of an import file: which field holds which column.
struct CSVHeader {
    /// Field index of each known column, by its English name.
    private(set) var positions: [String: Int] = [:]
    private(set) var width: Int = 0

    /// Matches the header cells to `kind`'s columns. Unknown cells are warnings; a repeated or
    /// missing required column is an error (the rows cannot be read without it).
    static func read(_ record: CSVRecord, kind: ImportKind, path: String)
        -> (header: CSVHeader?, diagnostics: [Diagnostic]) {
        var header = CSVHeader()
        header.width = record.fields.count
        var diagnostics: [Diagnostic] = []
        let line = record.line
        for (index, cell) in record.fields.enumerated() {
            let name = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { continue }
            guard let column = kind.columns.first(where: {
                $0.english == name.lowercased() || $0.chinese == name
            }) else {
                diagnostics.append(.warning("不认识的列“\(name)”，已忽略。\(kind.rawValue) 文件可用的列有：\(kind.columnList)。",
                                            path: path, line: line))
                continue
            }
            if let earlier = header.positions[column.english] {
                diagnostics.append(.error("第 \(earlier + 1) 列和第 \(index + 1) 列都是“\(column.chinese)”。请删掉多余的一列。",
                                          path: path, line: line))
                continue
            }
            header.positions[column.english] = index
        }
        let missing = kind.columns.filter { $0.isRequired && header.positions[$0.english] == nil }
        if !missing.isEmpty {
            let names = missing.map { "“\($0.chinese)”（\($0.english)）" }.joined(separator: "、")
            diagnostics.append(.error("表头缺少必填的列：\(names)。第一行应为列名，可用的有：\(kind.columnList)。",
                                      path: path, line: line))
        }
        let failed = diagnostics.contains { $0.severity == .error }
        return (failed ? nil : header, diagnostics)
    }

    /// The record's values by column, trimmed as they are read; absent columns are nil.
    func values(of record: CSVRecord) -> FieldValues {
        FieldValues(positions: positions, fields: record.fields)
    }
}

extension CSVHeader {
    /// A cell without surrounding whitespace and with CRLF inside turned into LF. Written on
    /// scalars: Foundation's trimming is slow on Linux, and an import cleans millions of cells.
    static func clean(_ cell: String) -> String {
        // Codes, dates and numbers start and end with visible ASCII: nothing to trim, no Unicode lookup.
        if let first = cell.utf8.first, let last = cell.utf8.last, (0x21...0x7E).contains(first),
           (0x21...0x7E).contains(last), !cell.utf8.contains(13) {
            return cell
        }
        let scalars = cell.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return cell }
        var text = cell
        if first.properties.isWhitespace || last.properties.isWhitespace {
            guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
                  let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
            text = String(scalars[start...end])
        }
        if text.utf8.contains(13) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return text
    }
}

extension ImportKind {
    /// `code|学校代码, name|学校名称, …` for messages.
    var columnList: String {
        columns.map { "\($0.english)|\($0.chinese)" }.joined(separator: ", ")
    }
}

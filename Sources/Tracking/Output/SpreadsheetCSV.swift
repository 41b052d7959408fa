/// CSV for Excel and WPS: UTF-8 with a BOM (so Chinese is not garbled), CRLF line ends, and every
/// cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) neutralised
/// with a leading apostrophe. Codes that a spreadsheet would turn into a date or a number are
/// written so that it keeps them as text.
public enum SpreadsheetCSV {
    /// Columns whose header ends in 代码 or 编号 (学校代码, 班级代码, 人员编号) hold codes.
    public static func document(header: [String], rows: [[String]]) -> String {
        let codeColumns = Set(header.indices.filter { header[$0].hasSuffix("代码") || header[$0].hasSuffix("编号") })
        var out = "\u{FEFF}"
        out += header.map { cell($0) }.joined(separator: ",") + "\r\n"
        for row in rows {
            out += row.enumerated().map { cell($1, isCode: codeColumns.contains($0)) }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func cell(_ value: String, isCode: Bool = false) -> String {
        var text = value
        if isCode && spreadsheetWouldConvert(text) {
            // `="2021-1"`: Excel and WPS both evaluate it to the text 2021-1 and show it as it is,
            // aligned as text, in a cell that sorts and filters as text. The alternatives fail in one
            // of them: an apostrophe is shown literally when it comes from a CSV file, and a leading
            // tab or space stays in the value (and a tab is what the formula guard below escapes).
            text = "=\"" + text + "\""
        } else if let first = text.utf8.first,
                  [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13].contains(first) {
            text = "'" + text
        }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// True for codes Excel and WPS read as something else: dates and times (`2021-1`, `3/12`,
    /// `8:30`), decimals (`3.10` becomes 3.1), scientific numbers (`12E3`), digits with a leading
    /// zero (`0012` becomes 12) and digit strings of 12 or more (shown as 1.23457E+11, rounded
    /// after 15 digits).
    static func spreadsheetWouldConvert(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, isDigit(first), let last = bytes.last, isDigit(last) else { return false }
        if bytes.allSatisfy(isDigit) { return first == UInt8(ascii: "0") && bytes.count > 1 || bytes.count >= 12 }
        let separators: Set<UInt8> = [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: ":")]
        if bytes.allSatisfy({ isDigit($0) || separators.contains($0) }) { return true }
        let exponent = bytes.filter { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
        return exponent.count == 1 && bytes.allSatisfy { isDigit($0) || $0 == exponent[0] }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

/// CSV for Excel and WPS: UTF-8 with a BOM (so Chinese is not garbled), CRLF line ends, and every
/// cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) neutralised
/// with a leading apostrophe.
public enum SpreadsheetCSV {
    public static func document(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}"
        for row in [header] + rows {
            out += row.map(cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func cell(_ value: String) -> String {
        var text = value
        if let first = text.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                          9, 13].contains(first) {
            text = "'" + text
        }
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import CampaignCore
import Foundation

/// Turns the bytes of a CSV file saved by Excel or WPS into text: UTF-8 (with or without BOM)
/// or GB18030/GBK, recognised without a flag. A file is read in one encoding or not at all: a
/// file mixing UTF-8 and GBK lines (two exports pasted together) is refused with the line where
/// the encoding changes, never stored as mojibake.
enum CSVText {
    enum Problem: Error, Equatable {
        case utf16
        case unknownEncoding
        /// An .xlsx workbook (a ZIP archive) given instead of its CSV.
        case workbook
        /// An .xls or WPS .et workbook (an OLE compound file).
        case oldWorkbook
        /// Line `utf8Line` is UTF-8 and line `gbkLine` GBK; the later of the two is reported.
        case mixedEncodings(utf8Line: Int, gbkLine: Int)
        /// A line that is neither UTF-8 nor GBK.
        case invalidBytes(line: Int)
        /// A byte order mark after the start of the file (usually two files joined into one).
        case byteOrderMark(line: Int)

        /// The line the problem is on, when it is on one.
        var line: Int? {
            switch self {
            case let .mixedEncodings(utf8Line, gbkLine): max(utf8Line, gbkLine)
            case let .invalidBytes(line), let .byteOrderMark(line): line
            default: nil
            }
        }

        /// What to do, naming the file (`path` as the user gave it).
        func message(path: String) -> String {
            let saveAs = "“文件”→“另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”"
            let file = URL(fileURLWithPath: path)
            let csvName = file.deletingPathExtension().lastPathComponent + ".csv"
            let reopen = "请用 Excel 或 WPS 打开 \(file.lastPathComponent)，选\(saveAs)，再导入另存的 \(csvName)。"
            let resave = "请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后再导入。"
            switch self {
            case .utf16: return "文件是 UTF-16（“Unicode 文本”）格式。\(resave)"
            case .unknownEncoding: return "无法识别文件的编码。\(resave)"
            case .workbook: return "这是 Excel 工作簿（.xlsx），不是 CSV 文件。\(reopen)"
            case .oldWorkbook: return "这是 Excel（.xls）或 WPS 表格（.et）工作簿，不是 CSV 文件。\(reopen)"
            case let .mixedEncodings(utf8Line, gbkLine):
                return "文件混用了两种编码：第 \(utf8Line) 行是 UTF-8，第 \(gbkLine) 行是 GBK，导入会变成乱码。"
                    + "这通常是把两个文件的内容拼在一起造成的。请把各部分用同一种编码保存：\(resave)"
            case .invalidBytes:
                return "这一行的字节既不是 UTF-8 也不是 GBK 编码，文件可能已损坏或被截断。\(resave)"
            case .byteOrderMark:
                return "这一行开头有一个看不见的字节顺序标记（BOM），通常是把两个 CSV 文件拼在一起造成的。"
                    + "请用 Excel 打开文件，删掉这一行多余的表头（如果有），\(saveAs)后再导入。"
            }
        }
    }

    /// CoreFoundation's kCFStringEncodingGB_18030_2000, which Foundation on Linux decodes.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ data: Data) throws(Problem) -> String {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .workbook }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .oldWorkbook }
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Strict UTF-8 first: GB18030 bytes are almost never valid UTF-8, and the reverse is not true.
        if let text = String(validating: bytes, as: UTF8.self) {
            if let line = byteOrderMarkLine(text) { throw .byteOrderMark(line: line) }
            return text
        }
        try checkOneEncoding(Array(bytes))
        guard var text = String(data: bytes, encoding: gb18030) else { throw .unknownEncoding }
        // GB18030's own byte order mark (84 31 95 33) decodes to U+FEFF.
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        if let line = byteOrderMarkLine(text) { throw .byteOrderMark(line: line) }
        return text
    }

    /// For a file that is not UTF-8: every line with non-ASCII bytes must be GBK, and none may be
    /// UTF-8 Chinese (a three- or four-byte sequence, which GBK text almost never forms).
    private static func checkOneEncoding(_ bytes: [UInt8]) throws(Problem) {
        var utf8Line: Int?
        var gbkLine: Int?
        for (number, range) in TextFile.lineRanges(bytes) {
            let line = bytes[range]
            guard line.contains(where: { $0 >= 0x80 }) else { continue }
            if String(validating: line, as: UTF8.self) != nil, line.contains(where: { $0 >= 0xE0 }) {
                if utf8Line == nil { utf8Line = number }
            } else if String(data: Data(line), encoding: gb18030) != nil {
                if gbkLine == nil { gbkLine = number }
            } else {
                throw .invalidBytes(line: number)
            }
            if let utf8Line, let gbkLine { throw .mixedEncodings(utf8Line: utf8Line, gbkLine: gbkLine) }
        }
    }

    /// The line of the first U+FEFF in `text`, which has no BOM at its start any more.
    static func byteOrderMarkLine(_ text: String) -> Int? {
        var text = text
        return text.withUTF8 { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var i = 0
            // memchr: an import scans millions of bytes, and this runs in debug builds too.
            while i < buffer.count, let hit = memchr(base + i, 0xEF, buffer.count - i) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if buffer[offset...].starts(with: [0xEF, 0xBB, 0xBF]) {
                    let before = Array(buffer[..<offset])
                    let endsLine = before.isEmpty || before.last == 0x0A || before.last == 0x0D
                    return TextFile.lineRanges(before).count + (endsLine ? 1 : 0)
                }
                i = offset + 1
            }
            return nil
        }
    }
}

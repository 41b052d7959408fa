import Foundation

/// Turns the bytes of a CSV file saved by Excel or WPS into text: UTF-8 (with or without BOM)
/// or GB18030/GBK, recognised without a flag.
enum CSVText {
    enum Problem: Error, Equatable {
        case utf16
        case unknownEncoding
        /// An .xlsx workbook (a ZIP archive) given instead of its CSV.
        case workbook
        /// An .xls or WPS .et workbook (an OLE compound file).
        case oldWorkbook

        /// What to do, naming the file (`path` as the user gave it).
        func message(path: String) -> String {
            let saveAs = "“文件”→“另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”"
            let file = URL(fileURLWithPath: path)
            let csvName = file.deletingPathExtension().lastPathComponent + ".csv"
            let reopen = "请用 Excel 或 WPS 打开 \(file.lastPathComponent)，选\(saveAs)，再导入另存的 \(csvName)。"
            switch self {
            case .utf16: return "文件是 UTF-16（“Unicode 文本”）格式。请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后再导入。"
            case .unknownEncoding: return "无法识别文件的编码。请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后再导入。"
            case .workbook: return "这是 Excel 工作簿（.xlsx），不是 CSV 文件。\(reopen)"
            case .oldWorkbook: return "这是 Excel（.xls）或 WPS 表格（.et）工作簿，不是 CSV 文件。\(reopen)"
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
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(data: data, encoding: gb18030) { return text }
        throw .unknownEncoding
    }
}

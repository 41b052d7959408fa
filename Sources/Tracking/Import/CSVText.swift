import Foundation

/// Turns the bytes of a CSV file saved by Excel or WPS into text: UTF-8 (with or without BOM)
/// or GB18030/GBK, recognised without a flag.
enum CSVText {
    enum Problem: Error, Equatable {
        case utf16
        case unknownEncoding
    }

    /// CoreFoundation's kCFStringEncodingGB_18030_2000, which Foundation on Linux decodes.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ data: Data) throws(Problem) -> String {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { throw .utf16 }
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        // Strict UTF-8 first: GB18030 bytes are almost never valid UTF-8, and the reverse is not true.
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(data: data, encoding: gb18030) { return text }
        throw .unknownEncoding
    }
}

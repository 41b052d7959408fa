import Foundation

/// Reading text files the way users save them: UTF-8 with or without BOM, CRLF line ends.
public enum TextFile {
    /// Reads a UTF-8 file, dropping a BOM and turning CRLF and CR into LF.
    public static func read(_ url: URL) throws -> String {
        let data = try Data(contentsOf: url)
        return normalize(data)
    }

    public static func normalize(_ data: Data) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading text files the way users save them: UTF-8 with or without BOM, CRLF line ends.
public enum TextFile {
    /// Reads a UTF-8 file, dropping a BOM and turning CRLF and CR into LF.
    public static func read(_ url: URL) throws -> String {
        normalize(try readBytes(url.path))
    }

    /// A whole file with plain POSIX calls: `Data(contentsOf:)` costs several times more per
    /// file, which shows on a 10,000-page site.
    public static func readBytes(_ path: String) throws -> Data {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        var info = stat()
        var capacity = fstat(fd, &info) == 0 ? Int(info.st_size) + 1 : 65_536
        var data = Data(count: capacity)
        var length = 0
        while true {
            if length == capacity {
                capacity *= 2
                data.count = capacity
            }
            let n = data.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress.map { $0 + length }, capacity - length)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path])
            }
            if n == 0 { break }
            length += n
        }
        data.count = length
        return data
    }

    /// Reads a file like `read(_:)`, also giving the first line (1 = the first) whose bytes are
    /// not valid UTF-8: those bytes become U+FFFD in the text, which the caller must report.
    public static func readChecked(_ url: URL) throws -> (text: String, invalidLine: Int?) {
        let data = try readBytes(url.path)
        return (normalize(data), invalidLine(data))
    }

    /// The first line of `data` that is not valid UTF-8, or nil when the whole text is.
    public static func invalidLine(_ data: Data) -> Int? {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        let array = Array(bytes)
        for (number, range) in lineRanges(array) where String(validating: array[range], as: UTF8.self) == nil {
            return number
        }
        return nil
    }

    /// Each physical line's number and byte range, a line ending at LF, CRLF or a lone CR (as
    /// `normalize` reads them). No UTF-8 or GBK multi-byte sequence contains either byte.
    public static func lineRanges(_ bytes: [UInt8]) -> [(Int, Range<Int>)] {
        var result: [(Int, Range<Int>)] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                result.append((result.count + 1, start..<i))
                if b == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < bytes.count { result.append((result.count + 1, start..<bytes.count)) }
        return result
    }

    public static func normalize(_ data: Data) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

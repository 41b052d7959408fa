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

    public static func normalize(_ data: Data) -> String {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(13) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to 127.0.0.1, for what an HTTP client library would not do: send half a
/// request, or hold a connection open doing nothing.
final class RawClient: Sendable {
    private let socket: Int32

    init(port: Int) throws {
        #if canImport(Glibc)
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure.socket }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure.connect
        }
        // A safety net only: every read in the tests ends long before this.
        var limit = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(socket) }

    enum Failure: Error { case socket, connect, send }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard bytes.withUnsafeBytes({ Glibc.send(socket, $0.baseAddress, $0.count, 0) }) == bytes.count else {
            throw Failure.send
        }
    }

    /// What the server sends until it closes the connection (nil: it was still open after 10 s),
    /// and how long that took.
    func readUntilClosed() async -> (text: String?, seconds: Double) {
        await offTheTestThreads { self.blockingReadUntilClosed() }
    }

    /// The first bytes the server sends, and how long they took (nil text: none within 10 s).
    func readSome() async -> (text: String?, seconds: Double) {
        await offTheTestThreads { self.blockingReadSome() }
    }

    /// Blocking reads run on a thread of their own, never on the threads the server's tasks need.
    private func offTheTestThreads<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    private func blockingReadUntilClosed() -> (text: String?, seconds: Double) {
        let start = Date()
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                received.append(contentsOf: buffer[0..<count])
            } else {
                let seconds = Date().timeIntervalSince(start)
                return (count == 0 ? String(decoding: received, as: UTF8.self) : nil, seconds)
            }
        }
    }

    private func blockingReadSome() -> (text: String?, seconds: Double) {
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        return (count > 0 ? String(decoding: buffer[0..<count], as: UTF8.self) : nil, Date().timeIntervalSince(start))
    }
}

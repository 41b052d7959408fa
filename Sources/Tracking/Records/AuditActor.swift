import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who makes a change: the OS user on the command line, an account and its address in a web app.
public struct AuditActor: Sendable, Equatable {
    public var name: String
    public var address: String?

    public init(name: String, address: String? = nil) {
        self.name = name
        self.address = address
    }

    /// The user running this process.
    public static func currentUser() -> AuditActor {
        #if canImport(Glibc)
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
            return AuditActor(name: String(cString: name))
        }
        #endif
        let environment = ProcessInfo.processInfo.environment
        return AuditActor(name: environment["USER"] ?? environment["LOGNAME"] ?? "uid \(getuid())")
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who makes a change: a named person on the command line, an account and its address in a web app.
public struct AuditActor: Sendable, Equatable {
    public var name: String
    public var address: String?

    public init(name: String, address: String? = nil) {
        self.name = name
        self.address = address
    }

    /// The person running a command: `--user NAME`, else `CAMPAIGN_USER` from `environment`, else the
    /// OS user. Blank names count as absent, so `CAMPAIGN_USER=` in a script falls through.
    public static func commandLine(user: String?,
                                   environment: [String: String] = ProcessInfo.processInfo.environment)
        -> AuditActor {
        for candidate in [user, environment["CAMPAIGN_USER"]] {
            let name = candidate?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if !name.isEmpty { return AuditActor(name: name) }
        }
        return currentUser()
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

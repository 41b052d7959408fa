import NIOPosix
#if canImport(Glibc)
import Glibc
#endif

/// Checks passwords against the accounts' bcrypt hashes on threads of its own. bcrypt takes a good
/// part of a second on purpose; on the threads that serve requests, or on the shared
/// `NIOThreadPool.singleton` that reads static files, a crowd of logins would stall every page. On
/// Linux these threads also run at a lower priority (nice 10), so that on a small machine, where they
/// may take every core, the threads serving pages still come first.
public final class BcryptVerifier: PasswordVerifier {
    private let accounts: AccountStore
    private let threads: NIOThreadPool

    /// `threads` should match the number of checks `PasswordCheckPool` lets run at once.
    public init(accounts: AccountStore, threads: Int) {
        self.accounts = accounts
        self.threads = NIOThreadPool(numberOfThreads: max(1, threads))
        self.threads.start()
    }

    deinit {
        // The threads end once their last check is done; nothing waits for them.
        threads.shutdownGracefully { _ in }
    }

    public func verify(username: String, password: String) async throws -> Account? {
        let accounts = accounts
        return try await threads.runIfActive {
            Self.yieldToRequests()
            return try accounts.verify(username: username, password: password)
        }
    }

    /// Lowers the calling thread's priority (on Linux, `who` 0 is the calling thread: each thread has
    /// its own nice value), which needs no privilege. Cheap enough to repeat before every check.
    private static func yieldToRequests() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }
}

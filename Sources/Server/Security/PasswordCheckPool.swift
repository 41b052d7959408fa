/// Lets at most `running` password checks run at once and `waiting` more wait their turn; beyond that
/// a check is refused at once (`Busy`) instead of queueing, so a crowd of logins, with or without
/// real names, cannot make everyone wait. Kept in memory: it limits this server's CPU, not guessing
/// (that is `LoginThrottle`, in the database).
public final class PasswordCheckPool: Sendable {
    /// There was no room to check the password; nothing was checked.
    public struct Busy: Error, Equatable {}

    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    public let verifier: any PasswordVerifier
    public let running: Int
    public let waiting: Int
    private let state = Locked(State())

    public init(verifier: any PasswordVerifier, running: Int, waiting: Int) {
        self.verifier = verifier
        self.running = max(1, running)
        self.waiting = max(0, waiting)
    }

    /// Whether a check would now run or wait rather than be refused: lets a crowd of logins be refused
    /// before it costs any database work.
    public var hasRoom: Bool { state.withLock { $0.running < running || $0.waiting.count < waiting } }

    /// The checks running and waiting now.
    var load: (running: Int, waiting: Int) { state.withLock { ($0.running, $0.waiting.count) } }

    /// The enabled account with this username and password, or nil; throws `Busy` when the pool is full.
    public func verify(username: String, password: String) async throws -> Account? {
        guard await enter() else { throw Busy() }
        defer { leave() }
        return try await verifier.verify(username: username, password: password)
    }

    /// Takes a place to run, waiting for one when all are taken and the line is not full; false when
    /// it is. A waiting check is not cancelled with its request: the line is short and moves.
    private func enter() async -> Bool {
        await withCheckedContinuation { continuation in
            let decided: Bool? = state.withLock { state in
                if state.running < running {
                    state.running += 1
                    return true
                }
                if state.waiting.count < waiting {
                    state.waiting.append(continuation)
                    return nil
                }
                return false
            }
            if let decided { continuation.resume(returning: decided) }
        }
    }

    /// Hands the place to the first waiting check, or frees it.
    private func leave() {
        let next = state.withLock { state -> CheckedContinuation<Bool, Never>? in
            guard !state.waiting.isEmpty else {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: true)
    }
}

import Foundation
@testable import Server

/// A password check that only counts its calls and finds every password wrong.
final class CountingVerifier: PasswordVerifier {
    private let count = Locked(0)

    var calls: Int { count.withLock { $0 } }

    func verify(username: String, password: String) async throws -> Account? {
        count.withLock { $0 += 1 }
        return nil
    }
}

/// A password check that holds every call until the test opens it, then finds the password wrong.
/// `starts` yields once per call as it begins.
final class GatedVerifier: PasswordVerifier {
    let starts: AsyncStream<Void>
    private let started: AsyncStream<Void>.Continuation
    private let state = Locked<(isOpen: Bool, held: [CheckedContinuation<Void, Never>])>((false, []))

    init() {
        (starts, started) = AsyncStream.makeStream()
    }

    func verify(username: String, password: String) async throws -> Account? {
        started.yield()
        await withCheckedContinuation { continuation in
            let isOpen = state.withLock { state in
                if !state.isOpen { state.held.append(continuation) }
                return state.isOpen
            }
            if isOpen { continuation.resume() }
        }
        return nil
    }

    /// Lets every held and later call finish.
    func open() {
        let held = state.withLock { state in
            state.isOpen = true
            defer { state.held = [] }
            return state.held
        }
        for continuation in held { continuation.resume() }
    }
}

/// Waits, yielding and never sleeping, until `condition` holds; false when it still does not after
/// many turns.
func eventually(_ condition: () -> Bool) async -> Bool {
    for _ in 0..<100_000 {
        if condition() { return true }
        await Task.yield()
    }
    return condition()
}

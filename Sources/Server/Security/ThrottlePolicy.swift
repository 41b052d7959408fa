import Foundation

/// How failed logins are slowed down: after `freeFailures` failures in a row, each further failure
/// locks the key for `baseDelay · 2^(n − freeFailures)` seconds, at most `maxDelay`. Failures older
/// than `forgetAfter` are forgotten.
public struct ThrottlePolicy: Sendable, Equatable {
    public var freeFailures: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval
    public var forgetAfter: TimeInterval

    public init(freeFailures: Int, baseDelay: TimeInterval = 2, maxDelay: TimeInterval = 15 * 60,
                forgetAfter: TimeInterval = 3600) {
        self.freeFailures = freeFailures
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.forgetAfter = forgetAfter
    }

    /// Per (username, address): a person mistyping three times waits 2 s, then 4 s, 8 s… up to 15 minutes.
    /// This is what stops guessing from one address.
    public static let pair = ThrottlePolicy(freeFailures: 3)
    /// Per username, whatever the address: after 5 failures each further one waits 1 s, 2 s, 4 s, then
    /// 5 s at most, so guesses from many addresses are slowed while the real user, signing in from an
    /// address with no failures, never waits more than 5 s because of them.
    public static let username = ThrottlePolicy(freeFailures: 5, baseDelay: 1, maxDelay: 5)
    /// Per client address, whatever the name: a school's shared network address gets more room.
    public static let address = ThrottlePolicy(freeFailures: 20)

    /// How long the key is locked after its `failures`-th failure in a row.
    public func delay(afterFailures failures: Int) -> TimeInterval {
        guard failures >= freeFailures else { return 0 }
        let exponent = min(failures - freeFailures, 20)
        return min(baseDelay * pow(2, Double(exponent)), maxDelay)
    }
}

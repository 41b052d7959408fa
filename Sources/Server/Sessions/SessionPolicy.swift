import Foundation

/// How long a session lasts.
public struct SessionPolicy: Sendable, Equatable {
    /// Ends after this long without a request.
    public var idleTimeout: TimeInterval
    /// Ends this long after signing in, whatever the activity.
    public var absoluteTimeout: TimeInterval
    /// `lastSeenAt` is written at most this often, so that busy pages do not write on every request.
    public var touchInterval: TimeInterval

    public init(idleTimeout: TimeInterval = 8 * 3600, absoluteTimeout: TimeInterval = 7 * 86_400,
                touchInterval: TimeInterval = 60) {
        self.idleTimeout = idleTimeout
        self.absoluteTimeout = absoluteTimeout
        self.touchInterval = touchInterval
    }
}

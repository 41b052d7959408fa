import Foundation

/// The current page templates; swapped when the theme changes while serving.
public final class PageStore: Sendable {
    private let current: Locked<PageRenderer>

    public init(_ renderer: PageRenderer) {
        current = Locked(renderer)
    }

    public var renderer: PageRenderer { current.withLock { $0 } }

    public func replace(with renderer: PageRenderer) {
        current.withLock { $0 = renderer }
    }
}

import Foundation

/// Development rebuilds: looks at the content and theme folders every `interval` and calls
/// `onChange` when a file was added, removed or saved. Runs until its task is cancelled.
public struct SiteWatcher: Sendable {
    public var folders: [URL]
    public var interval: Duration
    public var onChange: @Sendable () async -> Void

    public init(folders: [URL], interval: Duration = .seconds(1), onChange: @escaping @Sendable () async -> Void) {
        self.folders = folders
        self.interval = interval
        self.onChange = onChange
    }

    public func run() async {
        var last = FolderFingerprint(folders)
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            let now = FolderFingerprint(folders)
            if now != last {
                last = now
                await onChange()
            }
        }
    }
}

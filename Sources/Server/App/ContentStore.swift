import CampaignCore
import Foundation
import Publishing
import Tracking

/// What the app reads from the content folder: calendars and rules for logging and checks, and the
/// kits teachers choose from. Reloaded when the content changes while serving.
public final class ContentStore: Sendable {
    public struct Snapshot: Sendable {
        public var tracker: TrackerContent
        /// Kit slug and title, by title.
        public var kits: [KitChoice]
    }

    public struct KitChoice: Sendable, Equatable {
        public var slug: String
        public var title: String
    }

    public let contentFolder: URL
    public let siteFolder: URL
    private let current: Locked<Snapshot>

    /// Loads the content; throws with every problem when calendars or rules have errors.
    public init(contentFolder: URL, siteFolder: URL) async throws {
        self.contentFolder = contentFolder
        self.siteFolder = siteFolder
        current = Locked(try await Self.load(contentFolder: contentFolder, siteFolder: siteFolder))
    }

    public var snapshot: Snapshot { current.withLock { $0 } }

    /// Reads the content again; on errors the previous snapshot stays and the errors are thrown.
    public func reload() async throws {
        let fresh = try await Self.load(contentFolder: contentFolder, siteFolder: siteFolder)
        current.withLock { $0 = fresh }
    }

    static func load(contentFolder: URL, siteFolder: URL) async throws -> Snapshot {
        let tracker = try TrackerContent.load(from: contentFolder)
        let set = try await ContentSet.load(from: contentFolder, displayRoot: contentFolder.lastPathComponent,
                                            site: SiteConfig.load(from: siteFolder, displayPath: "site.yaml"))
        let kits = set.documents.filter { $0.kind == .kit && tracker.kits.contains($0.slug) }
            .map { KitChoice(slug: $0.slug, title: $0.title) }
            .sorted { ($0.title, $0.slug) < ($1.title, $1.slug) }
        return Snapshot(tracker: tracker, kits: kits)
    }
}

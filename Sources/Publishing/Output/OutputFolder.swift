import CExchange
import CampaignCore
import Foundation

/// Builds a site beside the output folder, then swaps it in at once, so a failed build leaves the
/// previous output exactly as it was and readers never see a half-written site.
public struct OutputFolder: Sendable {
    public let destination: URL
    public let staging: URL

    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).staging-\(getpid())")
        let fm = FileManager.default
        // A build that was killed leaves its staging folder behind: clear those first.
        let prefix = ".\(self.destination.lastPathComponent).staging-"
        for name in (try? fm.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) == 0 { continue }
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw UserError("无法创建输出文件夹 \(parent.path)。请检查路径是否存在、是否有写入权限。")
        }
    }

    /// Writes `data` at `path` below the staging folder, creating folders as needed.
    public func write(_ data: Data, to path: String) throws {
        let full = staging.path + "/" + path
        do {
            try FileWriter.write(data, to: full)
        } catch POSIXError.ENOENT {
            // First file in a new folder: create the folders, then write.
            let dir = (full as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try FileWriter.write(data, to: full)
        }
    }

    public func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Copies a file into the staging folder.
    public func copy(_ source: URL, to path: String) throws {
        try write(try Data(contentsOf: source), to: path)
    }

    /// Puts the staging folder in place of the destination and deletes the old output.
    public func commit() throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: destination.path) {
            guard campaign_exchange_paths(staging.path, destination.path) == 0 else {
                let code = errno
                discard()
                throw UserError("无法替换输出文件夹 \(destination.path)（错误码 \(code)）。旧的网站保持不变。")
            }
            try? fm.removeItem(at: staging)
        } else {
            try fm.moveItem(at: staging, to: destination)
        }
    }

    /// Deletes the staging folder; the destination is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

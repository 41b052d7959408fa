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
            let leftover = parent.appendingPathComponent(name)
            if OutputFolder.isBeingRemoved(leftover) { continue }
            OutputFolder.removeInBackground(leftover)
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
            try FileWriter.makeDirectories((full as NSString).deletingLastPathComponent)
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
            // The staging folder now holds the old site. Deleting 10,000 files takes seconds (far
            // longer on a disk mounted with `discard`), so another process does it while the
            // build returns; a leftover is cleared by the next build.
            // It is renamed first so that a later build that gets the same process id cannot
            // have its new staging folder deleted.
            let old = URL(fileURLWithPath: staging.path + ".old-" + UUID().uuidString.prefix(8))
            OutputFolder.removeInBackground(rename(staging.path, old.path) == 0 ? old : staging)
        } else {
            try fm.moveItem(at: staging, to: destination)
        }
    }

    /// Moves the files written into the staging folder into the existing destination, one by one,
    /// and deletes `stale` files there (with folders they leave empty): an incremental build. All
    /// writing happened before, so only renames within one file system and deletions are left.
    public func commitChanges(written: [String], stale: [String]) throws {
        for path in written {
            let target = destination.path + "/" + path
            if rename(staging.path + "/" + path, target) != 0 {
                let code = errno
                let folder = (target as NSString).deletingLastPathComponent
                guard code == ENOENT, (try? FileWriter.makeDirectories(folder)) != nil,
                      rename(staging.path + "/" + path, target) == 0
                else {
                    discard()
                    throw UserError("无法更新输出文件夹里的 \(path)（错误码 \(code)）。请检查写入权限，或删除 \(destination.lastPathComponent) 后重新生成。")
                }
            }
        }
        for path in stale {
            unlink(destination.path + "/" + path)
            // Remove folders left empty, up to the site root; rmdir fails on a folder that is not.
            var folder = (path as NSString).deletingLastPathComponent
            while !folder.isEmpty, rmdir(destination.path + "/" + folder) == 0 {
                folder = (folder as NSString).deletingLastPathComponent
            }
        }
        discard()
    }

    /// Starts `rm -rf folder` without waiting for it, or deletes it here if that cannot start.
    static func removeInBackground(_ folder: URL) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/rm")
        process.arguments = ["-rf", "--", folder.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// Whether an `rm` started by an earlier build is still deleting `folder` (from /proc).
    static func isBeingRemoved(_ folder: URL) -> Bool {
        let target = Array(folder.path.utf8)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        where entry.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            guard let cmdline = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { continue }
            let args = cmdline.split(separator: 0, omittingEmptySubsequences: false)
            if args.first.map({ String(decoding: $0, as: UTF8.self).hasSuffix("rm") }) == true,
               args.contains(where: { Array($0) == target }) {
                return true
            }
        }
        return false
    }

    /// Deletes the staging folder; the destination is untouched.
    public func discard() {
        try? FileManager.default.removeItem(at: staging)
    }
}

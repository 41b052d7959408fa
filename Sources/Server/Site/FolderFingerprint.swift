import Foundation

/// The modification time and size of every file under some folders: two fingerprints differ when
/// a file was added, removed or saved.
struct FolderFingerprint: Equatable, Sendable {
    private var files: [String: [Double]] = [:]

    init(_ folders: [URL]) {
        let fm = FileManager.default
        for folder in folders {
            guard let enumerator = fm.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey],
                                                 options: [.skipsHiddenFiles]) else { continue }
            while let url = enumerator.nextObject() as? URL {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                files[url.path] = [values?.contentModificationDate?.timeIntervalSince1970 ?? 0,
                                   Double(values?.fileSize ?? 0)]
            }
        }
    }
}

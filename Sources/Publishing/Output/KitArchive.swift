import CampaignCore
import Foundation
import ZIPFoundation

/// A kit's download: the lesson plan as a standalone printable page plus every attachment, and
/// nothing else. Byte-for-byte the same for the same content: sorted entries, fixed dates and modes.
public enum KitArchive {
    public static let lessonPlanName = "lesson-plan.html"

    public struct Entry: Sendable {
        public var name: String
        public var data: Data
        public init(name: String, data: Data) {
            self.name = name
            self.data = data
        }
    }

    /// The ZIP's bytes. `day` stamps every entry at midnight (the kit's own date, so builds are
    /// reproducible); the dates are written here, not by ZIPFoundation (see `KitArchive+Dates.swift`).
    public static func data(entries: [Entry], day: Day) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for entry in entries.sorted(by: { $0.name < $1.name }) {
            let bytes = entry.data
            try archive.addEntry(with: entry.name, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: day.date, permissions: 0o644, compressionMethod: .deflate,
                                 provider: { position, size in
                                     bytes.subdata(in: Int(position)..<Int(position) + size)
                                 })
        }
        guard let data = archive.data else {
            throw CocoaError(.fileWriteUnknown)
        }
        var zip = [UInt8](data)
        try setEntryDates(&zip, date: dosDate(day), time: 0)
        return Data(zip)
    }
}

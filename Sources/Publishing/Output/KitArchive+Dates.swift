import CampaignCore

/// Entry dates written by this module, not by ZIPFoundation: its `Date` to MS-DOS conversion calls
/// `gmtime`, which returns a buffer shared by every thread, so kits zipped in parallel sometimes
/// got another entry's date (3 of 1,000 entries in one build). `KitArchive.data` lets ZIPFoundation
/// write whatever it computes, then overwrites the date and time of every entry, in its local
/// header and in the central directory, with values computed here from the day alone.
extension KitArchive {
    struct MalformedArchive: Error {}

    /// The MS-DOS date of `day` (years outside 1980–2107, which the format cannot hold, are clamped).
    static func dosDate(_ day: Day) -> UInt16 {
        let year = min(max(day.year, 1980), 2107)
        return UInt16(((year - 1980) << 9) | (day.month << 5) | day.day)
    }

    /// Sets the modification date and time of every entry of `zip`. Kit archives are small and
    /// never ZIP64; anything else is refused.
    static func setEntryDates(_ zip: inout [UInt8], date: UInt16, time: UInt16) throws {
        let endRecordSize = 22
        guard zip.count >= endRecordSize else { throw MalformedArchive() }
        // No archive comment is written, so the end record is the last 22 bytes.
        let end = zip.count - endRecordSize
        guard zip.uint32(at: end) == 0x0605_4B50 else { throw MalformedArchive() }
        let count = Int(zip.uint16(at: end + 10))
        var position = Int(zip.uint32(at: end + 16))
        for _ in 0..<count {
            guard position + 46 <= end, zip.uint32(at: position) == 0x0201_4B50 else { throw MalformedArchive() }
            zip.setUInt16(time, at: position + 12)
            zip.setUInt16(date, at: position + 14)
            let local = Int(zip.uint32(at: position + 42))
            guard local + 30 <= end, zip.uint32(at: local) == 0x0403_4B50 else { throw MalformedArchive() }
            zip.setUInt16(time, at: local + 10)
            zip.setUInt16(date, at: local + 12)
            position += 46 + Int(zip.uint16(at: position + 28)) + Int(zip.uint16(at: position + 30))
                + Int(zip.uint16(at: position + 32))
        }
    }
}

/// Little-endian fields of a ZIP file (callers check the bounds).
private extension [UInt8] {
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func uint32(at offset: Int) -> UInt32 {
        UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16
    }

    mutating func setUInt16(_ value: UInt16, at offset: Int) {
        self[offset] = UInt8(value & 0xFF)
        self[offset + 1] = UInt8(value >> 8)
    }
}

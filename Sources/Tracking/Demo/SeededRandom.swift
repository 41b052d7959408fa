/// A small deterministic generator (SplitMix64) so that the demo data is the same on every machine
/// and every run; seeded from a string with FNV-1a.
struct SeededRandom {
    private var state: UInt64

    init(seed: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in seed.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        state = hash
    }

    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range` (the slight modulo bias does not matter for demo data).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        guard range.count > 1 else { return range.lowerBound }
        return range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// True with the given chance in percent.
    mutating func chance(_ percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[int(in: 0...(items.count - 1))]
    }
}

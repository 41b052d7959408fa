/// The values of a row apart from its identity, described for conflict messages.
protocol RowValues: Equatable {
    /// `名称“城关小学”、区县“青禾县”`
    var summary: String { get }
}

/// Rows already stored and rows seen earlier in the same file, by identity: a repeat is skipped,
/// the same identity with other values is a conflict, never a silent overwrite.
struct IdentityLedger<Key: Hashable, Value: RowValues> {
    struct Stored {
        var id: Int64
        var value: Value
        /// False for a voided log entry: it is kept, and another entry may take its place.
        var counts: Bool
    }

    enum Verdict {
        case new
        case repeatsStored(Stored)
        case repeatsLine(Int)
        case conflictsWithStored(Stored)
        case conflictsWithLine(Int, Value)
    }

    private var stored: [Key: [Stored]] = [:]
    private var seen: [Key: (line: Int, value: Value)] = [:]

    init() {}

    mutating func addStored(_ key: Key, id: Int64, value: Value, counts: Bool = true) {
        stored[key, default: []].append(Stored(id: id, value: value, counts: counts))
    }

    /// Judges one row; `voidedRepeatsCount` says whether a row equal to a voided entry is a repeat
    /// (re-importing a file must not bring a voided entry back) or a new entry (logged again on purpose).
    mutating func judge(_ key: Key, _ value: Value, line: Int, voidedRepeatsCount: Bool = true) -> Verdict {
        if let earlier = seen[key] {
            return earlier.value == value ? .repeatsLine(earlier.line) : .conflictsWithLine(earlier.line, earlier.value)
        }
        let entries = stored[key] ?? []
        if let same = entries.first(where: { $0.value == value && ($0.counts || voidedRepeatsCount) }) {
            seen[key] = (line, value)
            return .repeatsStored(same)
        }
        if let other = entries.first(where: { $0.counts }) {
            return .conflictsWithStored(other)
        }
        seen[key] = (line, value)
        return .new
    }
}

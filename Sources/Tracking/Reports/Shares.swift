/// Percentages that add up to 100: each share rounded down, then the points still missing go to
/// the largest remainders (ties to the earlier item). All zero when the total is zero.
public enum Shares {
    public static func percentages(_ counts: [Int]) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0 else { return counts.map { _ in 0 } }
        var result = counts.map { $0 * 100 / total }
        let remainders = counts.enumerated().map { (index: $0.offset, rest: $0.element * 100 % total) }
        let missing = 100 - result.reduce(0, +)
        for entry in remainders.sorted(by: { ($0.rest, -$0.index) > ($1.rest, -$1.index) }).prefix(missing) {
            result[entry.index] += 1
        }
        return result
    }
}

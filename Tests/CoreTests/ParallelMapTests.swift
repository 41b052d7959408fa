import Testing
@testable import CampaignCore

@Suite struct ParallelMapTests {
    @Test func keepsOrderAndEveryItemWhateverTheBatch() async {
        let items = Array(0..<10_001)
        for batch in [1, 8, 64, 20_000] {
            // Uneven work, so workers finish out of order.
            let result = await items.parallelMap(batch: batch) { n -> Int in
                var x = n
                for _ in 0..<(n % 7 == 0 ? 200 : 1) { x = (x &* 31) % 1_000_003 }
                return n * 2 + (x < 0 ? 1 : 0)
            }
            #expect(result == items.map { $0 * 2 })
        }
        #expect(await [Int]().parallelMap { $0 } == [])
        #expect(await [5].parallelMap { $0 + 1 } == [6])
    }
}

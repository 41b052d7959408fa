import Foundation
import Synchronization

extension Array where Element: Sendable {
    /// Maps the elements on every core, keeping their order. Workers take small batches from a
    /// shared counter, so a few slow items (a long listing, a big ZIP) do not leave one core
    /// working alone at the end while the other waits. Put the slowest items first.
    public func parallelMap<T: Sendable>(batch: Int = 8, _ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        guard count > 1 else { return map(transform) }
        let workers = Swift.min(ProcessInfo.processInfo.activeProcessorCount, (count + batch - 1) / batch)
        guard workers > 1 else { return map(transform) }
        let items = self
        let next = SharedCounter()
        return await withUnsafeContinuation { (continuation: UnsafeContinuation<[T], Never>) in
            // Each index is written by exactly one worker; the array is read only after all finish.
            let results = ResultSlots<T>(count: items.count)
            let group = DispatchGroup()
            for _ in 0..<workers {
                group.enter()
                DispatchQueue.global().async {
                    while true {
                        let start = next.value.wrappingAdd(batch, ordering: .relaxed).oldValue
                        if start >= items.count { break }
                        for i in start..<Swift.min(start + batch, items.count) {
                            results.set(i, transform(items[i]))
                        }
                    }
                    group.leave()
                }
            }
            group.notify(queue: .global()) { continuation.resume(returning: results.collect()) }
        }
    }
}

/// The next unclaimed index, shared by the workers of `parallelMap`.
private final class SharedCounter: Sendable {
    let value = Atomic<Int>(0)
}

/// Result storage shared by the workers of `parallelMap`: disjoint indexes, read after a barrier.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func set(_ index: Int, _ value: T) { slots[index] = value }

    func collect() -> [T] { UnsafeBufferPointer(start: slots, count: count).compactMap { $0 } }
}

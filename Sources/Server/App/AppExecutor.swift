import Foundation

/// Threads of the app's own for the `/app/` routes. Their database calls may wait for a lock (up to
/// the busy timeout); on these threads that waiting never holds the threads that serve static files
/// and read requests. Threads start when work arrives, up to `maxThreads`, and then stay.
final class AppExecutor: TaskExecutor, @unchecked Sendable {
    // @unchecked: `jobs`, `threads` and `idle` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var threads = 0
    private var idle = 0
    let maxThreads: Int

    init(maxThreads: Int) {
        self.maxThreads = max(1, maxThreads)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        let start = jobs.count > idle && threads < maxThreads
        if start { threads += 1 }
        condition.signal()
        condition.unlock()
        if start {
            let thread = Thread { [self] in work() }
            thread.name = "campaign-app"
            thread.start()
        }
    }

    private func work() {
        while true {
            condition.lock()
            while jobs.isEmpty {
                idle += 1
                condition.wait()
                idle -= 1
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}

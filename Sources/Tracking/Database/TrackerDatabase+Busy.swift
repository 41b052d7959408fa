import Foundation
import GRDB

extension TrackerDatabase {
    /// How long the command line waits for another program's write to finish.
    public static let defaultBusyTimeout: TimeInterval = 10

    /// Whether `error` means another connection held the database past the busy timeout
    /// (SQLITE_BUSY or SQLITE_LOCKED): nothing is wrong with the file, trying later will work.
    public static func isBusy(_ error: any Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    /// What the command line says when the database stayed busy.
    public static func busyMessage(path: String? = nil, waited seconds: TimeInterval = defaultBusyTimeout) -> String {
        "数据库\(path.map { " \($0) " } ?? "")正被另一个程序写入（例如另一次导入），等了 \(Int(seconds.rounded(.up))) 秒还没有结束。"
            + "没有写入任何数据；请等它完成后再试。"
    }
}

import CampaignCore
import Foundation
import GRDB
import Testing
@testable import Tracking

/// Issue 16, finding 12: a file with a header and no data rows is an error, and nothing is written.
@Suite struct HeaderOnlyImportTests {
    @Test(arguments: [ImportKind.schools, .meetings])
    func aFileWithOnlyItsHeaderIsAnErrorAndWritesNoAuditRow(kind: ImportKind) throws {
        let database = try TrackerDatabase.inMemory()
        let header = kind == .schools ? "code,name,county,city\n\n" : "school,class,date\n"
        let error = #expect(throws: DiagnosticsError.self) {
            try database.importText(kind, header, name: "empty.csv")
        }
        #expect(error?.diagnostics.map(\.description)
                    == ["empty.csv:1: error: 文件只有表头，没有数据行。请在表头下面每行填写一条记录后再导入。"])
        let audit = try database.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit") }
        #expect(audit == 0)
    }
}

import CampaignCore
import Foundation
import Testing
@testable import Tracking

/// Issue 16, finding 7: a CSV is read in one encoding or refused with the line where it changes.
@Suite struct CSVEncodingTests {
    func gbk(_ text: String) throws -> Data { try #require(text.data(using: CSVText.gb18030)) }

    func importing(_ data: Data, _ kind: ImportKind = .schools) throws -> [String] {
        let database = try TrackerDatabase.inMemory()
        let messages = diagnostics {
            try database.importCSV(kind, data: data, path: "学校.csv", content: fixtureContent,
                                   today: day("2026-03-20"), actor: testActor)
        }
        #expect(try database.count("school") == 0)
        return messages
    }

    @Test func aFileMixingUTF8AndGBKRowsIsRefusedAtTheLineWhereItChanges() throws {
        let gbkFirst = try gbk("学校代码,学校名称,区县,市州\nS001,城关小学,青禾县,示例市\n") + Data("S002,白鹭镇中学,青禾县,示例市\n".utf8)
        let advice = "这通常是把两个文件的内容拼在一起造成的。请把各部分用同一种编码保存：请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后再导入。"
        #expect(try importing(gbkFirst) == ["学校.csv:3: error: 文件混用了两种编码：第 3 行是 UTF-8，第 1 行是 GBK，导入会变成乱码。\(advice)"])
        let utf8First = Data("学校代码,学校名称,区县,市州\nS001,城关小学,青禾县,示例市\n".utf8) + (try gbk("S002,白鹭镇中学,青禾县,示例市\n"))
        #expect(try importing(utf8First) == ["学校.csv:3: error: 文件混用了两种编码：第 1 行是 UTF-8，第 3 行是 GBK，导入会变成乱码。\(advice)"])
    }

    @Test func bytesThatAreNeitherUTF8NorGBKNameTheirLine() throws {
        let data = try gbk("学校代码,学校名称,区县,市州\r\nS001,城关小学,青禾县,示例市\r\n") + Data([0x53, 0xFF, 0xFF, 0x0D, 0x0A])
        #expect(try importing(data) == [
            "学校.csv:3: error: 这一行的字节既不是 UTF-8 也不是 GBK 编码，文件可能已损坏或被截断。请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后再导入。",
        ])
    }

    @Test func aByteOrderMarkInTheMiddleIsRefusedWithItsLine() throws {
        let joined = "\u{FEFF}code,name,county,city\nS001,城关小学,青禾县,示例市\n\u{FEFF}code,name,county,city\nS002,白鹭镇中学,青禾县,示例市\n"
        let expected = "学校.csv:3: error: 这一行开头有一个看不见的字节顺序标记（BOM），通常是把两个 CSV 文件拼在一起造成的。"
            + "请用 Excel 打开文件，删掉这一行多余的表头（如果有），“文件”→“另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”后再导入。"
        #expect(try importing(Data(joined.utf8)) == [expected])
        #expect(try importing(try gbk(joined)) == [expected])
        #expect(CSVText.byteOrderMarkLine("a\r\nb,\u{FEFF}c") == 2)
        #expect(CSVText.byteOrderMarkLine("abc") == nil)
    }

    @Test func pureGBKAndPureUTF8StillImport() throws {
        let database = try TrackerDatabase.inMemory()
        let text = "学校代码,学校名称,区县,市州\nS001,城关小学,青禾县,示例市\nS002,学,县,市\n"
        for data in [Data(text.utf8), try gbk(text)] {
            #expect(try CSVText.decode(data) == text)
        }
        _ = database
    }
}

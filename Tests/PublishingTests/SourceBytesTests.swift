import CampaignCore
import Foundation
import Testing
@testable import Publishing

/// Issue 16, finding 7: Markdown that is not UTF-8 is an error with its line, and `--- ` with
/// trailing spaces opens and closes front matter as YAML reads it.
@Suite struct SourceBytesTests {
    @Test func invalidUTF8IsAnErrorWithItsLine() async throws {
        let fixture = try Fixture(["pages/about.md": Fixture.page])
        defer { fixture.remove() }
        let gbk = try #require("校园欺凌".data(using: String.Encoding(rawValue: 0x8000_0632)))
        let bytes = Data("---\ntitle: 关于\n---\n\n第一段。\r\n".utf8) + gbk + Data("\n最后一段。\n".utf8)
        try bytes.write(to: fixture.content.appendingPathComponent("pages/about.md"))
        #expect(await fixture.failures() == [
            "Content/pages/about.md:6: error: 这一行有不是 UTF-8 编码的字节，网页上会显示成乱码“�”。请用编辑器把文件另存为 UTF-8 编码，再检查这一行的文字。",
        ])
    }

    @Test func invalidLineCountsLikeTheTextIsRead() {
        #expect(TextFile.invalidLine(Data("a\nb\n".utf8)) == nil)
        #expect(TextFile.invalidLine(Data([0xEF, 0xBB, 0xBF, 0x61, 0x0D, 0x62, 0x0D, 0x0A, 0xC3])) == 3)
        #expect(TextFile.invalidLine(Data([0xFF])) == 1)
    }

    @Test func frontMatterMarkersMayHaveTrailingSpaces() {
        let split = FrontMatter(splitting: "--- \ntitle: 关于\n---\t \n\n正文\n")
        #expect(split.yaml == "title: 关于\n")
        #expect(split.body == "\n正文\n")
        #expect(split.bodyLine == 4)
        #expect(FrontMatter(splitting: "----\ntitle: x\n---\n").yaml == nil)
        #expect(FrontMatter(splitting: "--- x\ntitle: x\n---\n").yaml == nil)
    }

    @Test func aPageWhoseMarkerHasATrailingSpaceBuilds() async throws {
        let fixture = try Fixture(["pages/about.md": "--- \ntitle: 关于本站\n--- \n\n这是关于页面。\n"])
        defer { fixture.remove() }
        _ = try await fixture.build()
        #expect(try fixture.read("about/index.html").contains("关于本站"))
    }
}

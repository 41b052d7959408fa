import Testing
@testable import CampaignCore

/// Issue 16, findings 6 and 7: escaping for terminals and logs, and the checks of user text.
@Suite struct TerminalSafeTests {
    @Test func controlCharactersBecomeVisible() {
        #expect(TerminalSafe.text("认识\u{1B}]0;pwned\u{07}\u{1B}[2J欺凌") == "认识\\u{1B}]0;pwned\\u{7}\\u{1B}[2J欺凌")
        #expect(TerminalSafe.text("admin\nINFO forged") == "admin\\u{A}INFO forged")
        #expect(TerminalSafe.text("a\u{0}b\u{7F}c\u{9B}d\u{2028}e\u{202E}f\u{FEFF}") == "a\\u{0}b\\u{7F}c\\u{9B}d\\u{2028}e\\u{202E}f\\u{FEFF}")
        #expect(TerminalSafe.lines("第一行\n第二行\r") == "第一行\n第二行\\u{D}")
        #expect(TerminalSafe.text("六年级(1)班 刘老师") == "六年级(1)班 刘老师")
    }

    @Test func messagesAndErrorsPrintEscaped() {
        let diagnostic = Diagnostic.error("不认识的列“\u{1B}[2J”，已忽略。", path: "a.csv", line: 1)
        #expect(diagnostic.description == "a.csv:1: error: 不认识的列“\\u{1B}[2J”，已忽略。")
        #expect(UserError("没有“\u{1B}c”\n第二行").description == "没有“\\u{1B}c”\n第二行")
    }

    @Test func longValuesAreCutInMessages() {
        #expect(TerminalSafe.clip("短") == "短")
        #expect(TerminalSafe.clip(String(repeating: "长", count: 100), limit: 3) == "长长长…（共 100 个字）")
    }

    @Test func userTextChecks() {
        #expect(UserText.problem(in: "认识欺凌", limit: 200) == nil)
        #expect(UserText.problem(in: "a\tb", limit: 10) == nil)
        #expect(UserText.problem(in: "a\u{0}b", limit: 10) == .nul)
        #expect(UserText.problem(in: "ab\nc", limit: 10) == .control("\n", position: 3))
        #expect(UserText.problem(in: "ab\nc", limit: 10, allowsNewlines: true) == nil)
        #expect(UserText.problem(in: "\u{FEFF}ab", limit: 10) == .control("\u{FEFF}", position: 1))
        #expect(UserText.problem(in: String(repeating: "字", count: 65), limit: 64) == .tooLong(limit: 64, count: 65))
        #expect(UserText.problem(in: String(repeating: "a", count: 64), limit: 64) == nil)
        #expect(UserText.message(.tooLong(limit: 64, count: 65), field: "姓名")
                == "“姓名”最多 64 个字，这里有 65 个字。请缩短后重新填写。")
    }
}

import PropertyBased
import Testing
@testable import CampaignCore

/// Issue 16, finding 8: the fast front-matter reader gives Yams' result on every input, or
/// declines and lets Yams read it.
@Suite struct SimpleYAMLAgreementTests {
    /// True when the fast path declines, or gives exactly Yams' keys, lines, values and messages.
    static func agrees(_ text: String) -> Bool {
        guard SimpleYAML.mapping(text) != nil else { return true }
        let fast = YAMLFields(text: text, path: "x.md", lineOffset: 1, simple: true)
        let yams = YAMLFields(text: text, path: "x.md", lineOffset: 1, simple: false)
        guard fast.keys == yams.keys, fast.diagnostics == yams.diagnostics else { return false }
        return fast.keys.allSatisfy { key in
            guard let a = fast.field(key), let b = yams.field(key) else { return false }
            return a.0 == b.0 && a.1 == b.1
        }
    }

    @Test(arguments: [
        "title: 认识\u{85}欺凌\n",
        "title: 认识\u{2028}欺凌\n",
        "title: 认识\u{2029}欺凌\n",
        "title: 认识\u{9B}欺凌\n",
        "title: 认识\u{80}欺凌\n",
        "title: 认识欺凌\u{FFFE}\n",
        "title: 认识欺凌\u{FFFF}\n",
        "title: \u{FEFF}认识欺凌\n",
        "themes: [认识外号:?不取笑]\n",
        "themes: [认识外号:不取笑]\n",
        "themes: [a?b, c#d]\n",
        "title: 认识\u{7F}欺凌\n",
        "title: 认识\r欺凌\n",
    ])
    func theListedDisagreementsGoToYams(text: String) {
        #expect(SimpleYAML.mapping(text) == nil)
        #expect(Self.agrees(text))
    }

    @Test func typicalFrontMatterStillTakesTheFastPath() {
        #expect(SimpleYAML.mapping("title: 认识欺凌\ngrades: [junior, senior]\n") != nil)
        #expect(SimpleYAML.mapping("title: 时间:10点 地点\u{A0}礼堂\n") != nil)
        #expect(Self.agrees("title: 时间:10点 地点\u{A0}礼堂\n"))
    }

    /// Pieces of front matter, with every class of code point above, joined at random.
    static let pieces: [String] = [
        "title", "grades", "date", "x-y", ":", ": ", " ", "  ", "\n", "\n  - ", "- ", "[", "]", ", ", ",", "{", "}",
        "认识外号", "不取笑", "欺凌", "a", "1", "2026-03-02", "~", "null", "#", " #", "?", "'", "\"", "&a", "*a", "!",
        "|", ">", "%", "@", "`", "\t", "\r", "\u{0}", "\u{7}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9B}", "\u{9F}",
        "\u{A0}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{202E}", "\u{FEFF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}",
        "\u{E000}", "\u{10000}", "\u{1F600}", "\u{10FFFF}", "---", "...",
    ]

    /// A generated document: a few `key: value` lines made of random pieces, so that most are
    /// close enough to front matter to reach the fast path's deeper checks.
    static let documents = Gen<String?>.element(of: pieces).map { $0 ?? "" }.array(of: 0...6).map { $0.joined() }
        .array(of: 1...5)
        .map { values in values.enumerated().map { "k\($0.offset): \($0.element)" }.joined(separator: "\n") + "\n" }

    @Test func fastPathAndYamsAgreeOnGeneratedText() async {
        await propertyCheck(count: 3_000, input: Self.documents) { text in
            #expect(Self.agrees(text), "\(text.debugDescription)")
        }
    }

    @Test func fastPathAndYamsAgreeOnRandomPieces() async {
        let raw = Gen<String?>.element(of: Self.pieces).map { $0 ?? "" }.array(of: 0...14).map { $0.joined() }
        await propertyCheck(count: 3_000, input: raw) { text in
            #expect(Self.agrees(text), "\(text.debugDescription)")
        }
    }
}

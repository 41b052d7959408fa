import Testing
@testable import CampaignCore

@Suite struct SimpleYAMLTests {
    /// Reads `text` both ways and checks that every key, line and value is the same.
    func sameAsYams(_ text: String, keys: [String]) -> Bool {
        let fast = YAMLFields(text: text, path: "x.md", lineOffset: 1, simple: true)
        let yams = YAMLFields(text: text, path: "x.md", lineOffset: 1, simple: false)
        guard fast.keys == yams.keys, fast.keys == keys, fast.diagnostics == yams.diagnostics else { return false }
        return keys.allSatisfy { key in
            guard let a = fast.field(key), let b = yams.field(key) else { return false }
            return a.0 == b.0 && a.1 == b.1
        }
    }

    @Test func readsTypicalFrontMatterExactlyAsYamsDoes() {
        let letter = "title: 识别欺凌信号：勇敢说出来\nissue: 12\ndate: 2026-09-24\nsummary: 孩子说“没事”，不等于真的没事。\ndraft: false\n"
        #expect(SimpleYAML.mapping(letter) != nil)
        #expect(sameAsYams(letter, keys: ["title", "issue", "date", "summary", "draft"]))

        let kit = """
            title: 尊重差异：灯塔班会（1）
            summary: 围绕“安全上网”的主题班会，适合 primary-lower 使用。
            grades: [primary-lower, primary-middle]
            themes: []
            duration: 40
            objectives:
              - 知道什么是欺凌
              - 依照《未成年人学校保护规定》，学会求助
            date: 2018-10-15

            """
        #expect(SimpleYAML.mapping(kit) != nil)
        #expect(sameAsYams(kit, keys: ["title", "summary", "grades", "themes", "duration", "objectives", "date"]))

        let nulls = "title: 标题\nsummary:\ndate: ~\ngrades:\n- junior\n- senior\nslug: null\n"
        #expect(SimpleYAML.mapping(nulls) != nil)
        #expect(sameAsYams(nulls, keys: ["title", "summary", "date", "grades", "slug"]))
    }

    @Test func leavesEverythingElseToYams() {
        for text in [
            "title: \"带引号\"\n",
            "title: '单引号'\n",
            "title: 标题 # 注释\n",
            "# 注释\ntitle: 标题\n",
            "title: a: b\n",
            "title: |\n  多行\n",
            "title: >\n  折叠\n",
            "title: &a 锚点\n",
            "title: *a\n",
            "title: !tag 值\n",
            "title: 第一行\n  第二行\n",
            "title: 标题\ntitle: 重复\n",
            "title:\ttab\n",
            "grades: [junior, [senior]]\n",
            "grades: {a: b}\n",
            "nested:\n  key: value\n",
            "objectives:\n  - 一\n    - 二\n",
            "objectives:\n  - 一\n - 二\n",
            "objectives:\n  -\n",
            "  title: 缩进\n",
            "title:无空格\n",
            "- 列表\n",
            "title: -5\n",
        ] {
            #expect(SimpleYAML.mapping(text) == nil, "\(text)")
        }
        // Through YAMLFields these still give Yams' results and messages.
        let duplicate = YAMLFields(text: "title: 一\ntitle: 二\n", path: "x.md", lineOffset: 1)
        #expect(duplicate.diagnostics.map(\.description) == ["x.md:2: error: YAML 格式有误：键 title 出现了不止一次。请检查缩进、冒号和引号。"])
        #expect(sameAsYams("title: \"带引号\"\ngrades: ['junior']\n", keys: ["title", "grades"]))
    }
}

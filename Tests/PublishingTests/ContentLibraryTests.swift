import CampaignCore
import Foundation
import Testing
@testable import Publishing

/// The bundled Content/ library: minimum counts, every band and theme covered, no errors or warnings.
@Suite struct ContentLibraryTests {
    @Test func bundledContentBuildsCleanlyWithTheMinimumLibrary() async throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("campaign-library-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        var options = BuildOptions(content: Fixture.repository.appendingPathComponent("Content"), site: Fixture.site,
                                   output: output, contentDisplay: "Content", siteDisplay: "Site",
                                   asOf: Day(iso: "2026-11-24") ?? Day(ordinal: 0))
        options.searchIndex = false
        let summary = try await SiteBuilder(options: options).build()
        #expect(summary.warnings.map(\.description) == [])
        #expect(summary.kits >= 15)
        #expect(summary.cases >= 8)
        #expect(summary.letters >= 12)

        let config = try SiteConfig.load(from: Fixture.site, displayPath: "Site/site.yaml")
        let content = await ContentSet.load(from: options.content, displayRoot: "Content", site: config)
        let kits = content.documents.filter { $0.kind == .kit }
        // Issue 13: at least 30 kits and 6 per grade band, so three terms of two meetings run without repeating.
        #expect(kits.count >= 30)
        for grade in Grade.allCases {
            let count = kits.filter { $0.grades.contains(grade) }.count
            #expect(count >= 6, "only \(count) kits for \(grade.rawValue)")
        }
        for theme in config.themes {
            #expect(kits.contains { $0.themes.contains(theme.slug) }, "no kit for theme \(theme.slug)")
        }
        for kit in kits {
            #expect(content.documents.contains { $0.kind == .attachment && $0.kitSlug == kit.slug },
                    "kit \(kit.slug) has no printable handout")
        }
        let pages = Set(content.documents.filter { $0.kind == .page }.map(\.slug))
        #expect(pages.isSuperset(of: ["about", "how-to-use-kits", "help"]))
        let issues = content.documents.compactMap(\.issue).sorted()
        #expect(issues == Array(1...issues.count))
    }

    // MARK: Statements that were wrong once (issue 13) and must not come back.
    // Each test scans every Markdown file in the bundled Content/ and names file and line of each hit.

    /// No "complete legal responsibility" at 16: a 16–17 year old is punished 从轻或减轻 (刑法第十七条) and the
    /// guardian bears civil damages (民法典第一千一百八十八条).
    @Test func noCompleteLegalResponsibilityAtSixteen() throws {
        let wrong = try Regex("完[整全]的?法律责任")
        let hits = ContentLint.hits { (line: String) -> String? in line.contains(wrong) ? "“完整/完全的法律责任”：16—17周岁依法从轻或减轻处罚，民事赔偿由监护人承担" : nil }
        #expect(hits.isEmpty, "\n\(hits.joined(separator: "\n"))")
    }

    /// 训诫 and the other correction measures are in 预防未成年人犯罪法第四十一条, not 第三十八条.
    @Test func admonitionIsCitedFromArticle41() {
        let hits = ContentLint.hits { (line: String) -> String? in
            line.contains("训诫") && line.contains("第三十八条") && !line.contains("第四十一条")
                ? "训诫等矫治教育措施在预防未成年人犯罪法第四十一条，不是第三十八条" : nil
        }
        #expect(hits.isEmpty, "\n\(hits.joined(separator: "\n"))")
    }

    /// Repetition is typical of bullying but not a required element: a single serious act is bullying too.
    @Test func repetitionIsNotARequiredElementOfBullying() throws {
        let qualifiers = ["通常", "往往", "常常", "经常", "不一定", "不是必须", "一次严重", "单次"]
        let intentAndRepeat = try Regex("故意[、，]?(反复|多次)")
        let featureList = try Regex("特点[：:是][^。]*")
        let hits = ContentLint.hits { (line: String) -> String? in
            for match in line.matches(of: intentAndRepeat) {
                // "通常是一方故意、反复地……" is fine: the qualifier comes just before.
                let start = line.index(match.range.lowerBound, offsetBy: -8, limitedBy: line.startIndex) ?? line.startIndex
                let before = line[start ..< match.range.lowerBound]
                if !qualifiers.contains(where: { before.contains($0) }) {
                    return "把“反复/多次”列为欺凌的必要条件：欺凌常常反复发生，但一次严重的伤害也是欺凌"
                }
            }
            for match in line.matches(of: featureList) {
                let list = line[match.range]
                let repeats = ["反复", "多次", "一次又一次"].contains { list.contains($0) }
                if repeats, !qualifiers.contains(where: { list.contains($0) }) {
                    return "欺凌的特点里列了“反复/多次”：反复不是必要条件，一次严重的伤害也是欺凌"
                }
            }
            return nil
        }
        #expect(hits.isEmpty, "\n\(hits.joined(separator: "\n"))")
    }

    /// "将于…施行" only for a law whose date is still ahead; a law already in force is "自…起施行".
    @Test func lawsInForceAreNotAnnouncedAsComing() throws {
        let coming = try Regex("将于[^。；\\n]{0,30}?施行")
        let dated = try Regex("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
        let now = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = (now.year ?? 0) * 10_000 + (now.month ?? 0) * 100 + (now.day ?? 0)
        let hits = ContentLint.hits { (line: String) -> String? in
            for match in line.matches(of: coming) {
                let phrase = String(line[match.range])
                guard let date = phrase.firstMatch(of: dated),
                      let y = Int(date.output[1].substring ?? ""), let m = Int(date.output[2].substring ?? ""),
                      let d = Int(date.output[3].substring ?? "") else {
                    return "“\(phrase)”没有写明施行日期"
                }
                if y * 10_000 + m * 100 + d <= today { return "“\(phrase)”：这部法律已经施行，应写“自……起施行”" }
            }
            return nil
        }
        #expect(hits.isEmpty, "\n\(hits.joined(separator: "\n"))")
    }

    /// Drawing frames are images in the kit, not box-drawing characters (which print as a 5 cm strip).
    @Test func noBoxDrawingCharacters() {
        let hits = ContentLint.hits { (line: String) -> String? in
            line.unicodeScalars.contains { (0x2500...0x257F).contains($0.value) }
                ? "方框线字符（U+2500—U+257F）：画画的框请用本材料包里的 SVG 图片" : nil
        }
        #expect(hits.isEmpty, "\n\(hits.joined(separator: "\n"))")
    }

    /// The site renders CommonMark without the table extension: a pipe table prints as a paragraph of bars.
    @Test func noPipeTables() {
        let hits = ContentLint.hits { (line: String) -> String? in
            let row = line.trimmingCharacters(in: .whitespaces)
            let delimiter = row.hasPrefix("|") && row.contains("---") && row.allSatisfy { "|-: ".contains($0) }
            return delimiter ? "表格分隔行：网站不渲染 Markdown 表格，请改用列表" : nil
        }
        #expect(hits.isEmpty, "\n\(hits.joined(separator: "\n"))")
    }

    /// The only telephone numbers in the bundled Content are 110, 120 and 12355; 12356 only where the same line
    /// says to confirm it locally first. Local numbers are marked placeholders (【本校心理老师电话】).
    @Test func onlyPublishedTelephoneNumbers() throws {
        let run = try Regex("[0-9]+(?:-[0-9]+)*")
        let dateLike = try Regex("(19|20)[0-9]{2}(-[0-9]{1,2}){0,2}")
        let units = Set("年月日元角分秒人次条个岁名期天周页字篇部项张届级班万千百亿%")
        let placeholder = try Regex("【[^】]*】")
        let hits = ContentLint.hits { (line: String) -> String? in
            let text = line.replacing(placeholder, with: "【】")
            for match in text.matches(of: run) {
                let token = String(text[match.range])
                if token.wholeMatch(of: dateLike) != nil { continue }
                if match.range.upperBound < text.endIndex, units.contains(text[match.range.upperBound]) { continue }
                let digits = token.filter(\.isNumber)
                let phoneLike = (digits.count == 3 && digits.hasPrefix("1"))
                    || (digits.count == 5 && (digits.hasPrefix("1") || digits.hasPrefix("9")))
                    || digits.count >= 7
                guard phoneLike else { continue }
                if ["110", "120", "12355"].contains(digits) { continue }
                if digits == "12356", text.contains("确认") { continue }
                return "电话号码 \(token)：只能写110、120、12355，其他号码请写成【请学校填写】之类的占位符"
            }
            return nil
        }
        #expect(hits.isEmpty, "\n\(hits.joined(separator: "\n"))")
    }
}

/// Line-by-line scan of every Markdown file in the repository's Content/.
enum ContentLint {
    static func markdownFiles() -> [(path: String, lines: [String])] {
        let root = Fixture.repository.appendingPathComponent("Content")
        let prefix = root.standardizedFileURL.path + "/"
        var files: [(String, [String])] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "md", let data = FileManager.default.contents(atPath: url.path) else { continue }
            let relative = url.standardizedFileURL.path.replacingOccurrences(of: prefix, with: "")
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
            files.append(("Content/" + relative, text.components(separatedBy: "\n")))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// `path:line: message` for every line `check` objects to.
    static func hits(_ check: (String) -> String?) -> [String] {
        var found: [String] = []
        for file in markdownFiles() {
            for (index, line) in file.lines.enumerated() {
                if let message = check(line) { found.append("\(file.path):\(index + 1): \(message)") }
            }
        }
        return found
    }
}

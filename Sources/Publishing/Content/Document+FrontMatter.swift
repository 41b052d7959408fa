import CampaignCore
import Foundation

extension Document {
    static let keys: [DocumentKind: Set<String>] = [
        .kit: ["title", "summary", "grades", "themes", "duration", "objectives", "date", "draft"],
        .attachment: ["title"],
        .caseStudy: ["title", "summary", "date", "grades", "themes", "draft", "slug"],
        .letter: ["title", "issue", "date", "summary", "draft"],
        .page: ["title", "summary", "slug"],
    ]

    /// Reads a source's front matter, returning the document and every problem found in it.
    /// `path` is how the file is named in messages (`Content/cases/x.md`).
    /// When the fields have errors the document still comes back, with what could be read, so
    /// that its body is checked too; it must not be published (see `FlawedDocument`).
    static func parse(kind: DocumentKind, source: String, slug: String, kitSlug: String? = nil,
                      text: String, path: String, site: SiteConfig) -> (Document?, [Diagnostic]) {
        let split = FrontMatter(splitting: text)
        guard let yaml = split.yaml else {
            if kind == .attachment {
                let name = source.split(separator: "/").last.map(String.init) ?? source
                var doc = Document(kind: kind, source: source, slug: name, title: name,
                                   body: split.body, bodyLine: split.bodyLine)
                doc.kitSlug = kitSlug
                return (doc, [])
            }
            return (nil, [.error("文件开头缺少设置部分（以 --- 开始和结束的 YAML），至少要写 title。", path: path, line: 1)])
        }
        if !split.isClosed {
            return (nil, [.error("开头的设置部分没有以 --- 结束。请在设置之后加一行 ---。", path: path, line: 1)])
        }
        var f = YAMLFields(text: yaml, path: path, lineOffset: 1)
        if !f.diagnostics.isEmpty { return (nil, f.diagnostics) }

        var doc = Document(kind: kind, source: source, slug: slug, title: "", body: split.body, bodyLine: split.bodyLine)
        doc.kitSlug = kitSlug
        doc.title = f.string("title", required: kind != .attachment) ?? ""
        if kind == .attachment && doc.title.isEmpty { doc.title = doc.htmlName }
        doc.summary = f.string("summary") ?? ""
        doc.date = f.day("date", required: kind == .letter)
        doc.draft = f.bool("draft") ?? false
        if kind == .kit || kind == .caseStudy {
            for (value, line) in f.list("grades") {
                if let grade = Grade(rawValue: value) {
                    if !doc.grades.contains(grade) { doc.grades.append(grade) }
                } else {
                    f.error("不认识的年级段“\(value)”。可用的有：\(Grade.allCases.map(\.rawValue).joined(separator: ", "))。",
                            line: line)
                }
            }
            doc.grades.sort()
            for (value, line) in f.list("themes") {
                if site.themeLabel(value) == nil {
                    f.error("不认识的主题“\(value)”。可用的主题在 site.yaml 的 themes 中：\(site.themes.map(\.slug).joined(separator: ", "))。",
                            line: line)
                } else if !doc.themes.contains(value) {
                    doc.themes.append(value)
                }
            }
        }
        if kind == .kit {
            doc.duration = f.int("duration", range: 1...600)
            doc.objectives = f.list("objectives").map(\.0)
        }
        if kind == .letter {
            doc.issue = f.int("issue", required: true, range: 1...1_000_000)
            if let issue = doc.issue { doc.slug = String(issue) }
            doc.issueLine = f.line(ofKey: "issue")
        }
        if (kind == .caseStudy || kind == .page), let custom = f.string("slug") {
            if Document.isValidSlug(custom) {
                doc.slug = custom
            } else {
                f.error("slug“\(custom)”只能用小写英文字母、数字和连字符。", line: f.line(ofKey: "slug"))
            }
        }
        f.warnUnknownKeys(known: keys[kind] ?? [])
        return (doc, f.diagnostics)
    }

    /// The document with its body read again from its file (for documents whose front matter
    /// came from the build cache).
    func withBody(from root: URL) -> Document {
        var doc = self
        if let text = try? TextFile.read(root.appendingPathComponent(source)) {
            doc.body = FrontMatter(splitting: text).body
        }
        return doc
    }

    /// Bytes that are not UTF-8 (a file saved as GBK, or cut in the middle of a character) would
    /// show as � on the page.
    static func invalidUTF8(path: String, line: Int) -> Diagnostic {
        .error("这一行有不是 UTF-8 编码的字节，网页上会显示成乱码“�”。请用编辑器把文件另存为 UTF-8 编码，再检查这一行的文字。",
               path: path, line: line)
    }

    /// Lowercase ASCII letters, digits and hyphens, not starting or ending with a hyphen.
    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

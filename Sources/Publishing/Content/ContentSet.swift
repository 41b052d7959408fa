import CampaignCore
import Foundation

/// Everything read from the content folder, before rendering.
public struct ContentSet: Sendable {
    public var documents: [Document] = []
    public var assets: [Asset] = []
    public var diagnostics: [Diagnostic] = []
    /// Size and modification time of every document and asset read, by source path.
    var stamps: [String: SourceStamp] = [:]
    /// The sources whose front matter came from the build cache: their `body` is empty.
    var cachedSources: Set<String> = []
    /// The problems found in each document's front matter, by source path.
    var sourceProblems: [String: [Diagnostic]] = [:]
    /// Sources whose front matter has errors: not in `documents`, but still checked and linked to.
    var flawed: [FlawedDocument] = []

    /// The folder as named in messages (`Content`).
    public var displayRoot: String = "Content"

    public func path(_ source: String) -> String { "\(displayRoot)/\(source)" }

    /// Reads the kits, cases, letters and pages below `root`.
    /// A source whose size and modification time match `cache` is not read: its front matter and
    /// problems come from the cache, with an empty body.
    public static func load(from root: URL, displayRoot: String, site: SiteConfig) async -> ContentSet {
        await load(from: root, displayRoot: displayRoot, site: site, cache: nil)
    }

    static func load(from root: URL, displayRoot: String, site: SiteConfig, cache: BuildCache?) async -> ContentSet {
        var set = ContentSet()
        set.displayRoot = displayRoot
        var sources: [(DocumentKind, String, String, String?)] = []  // kind, source, slug, kit
        let fm = FileManager.default

        func files(in folder: String) -> [String] {
            let url = root.appendingPathComponent(folder)
            guard let names = try? fm.contentsOfDirectory(atPath: url.path) else { return [] }
            return names.filter { !$0.hasPrefix(".") }.sorted()
        }
        // One stat per file: whether it is a folder, and its stamp for the build cache.
        let rootPath = root.path
        var stamps: [String: SourceStamp] = [:]
        let now = SourceStamp.now
        var folders: Set<String> = []
        func isDirectory(_ path: String) -> Bool {
            if stamps[path] != nil { return false }
            if folders.contains(path) { return true }
            var st = stat()
            guard stat(rootPath + "/" + path, &st) == 0 else { return false }
            if (st.st_mode & S_IFMT) == S_IFDIR { return true }
            stamps[path] = SourceStamp(st).unlessRacy(now: now)
            return false
        }

        for name in files(in: "kits") {
            let folder = "kits/\(name)"
            guard isDirectory(folder) else {
                set.diagnostics.append(.error("kits 文件夹里应当每个材料包一个文件夹，这里是一个单独的文件。请把它放进材料包的文件夹。",
                                              path: set.path(folder)))
                continue
            }
            guard Document.isValidSlug(name) else {
                set.diagnostics.append(.error("材料包文件夹名“\(name)”只能用小写英文字母、数字和连字符，它会成为网址的一部分。",
                                              path: set.path(folder)))
                continue
            }
            guard !isDirectory("\(folder)/index.md"), stamps["\(folder)/index.md"] != nil else {
                set.diagnostics.append(.error("材料包缺少教案文件 index.md。", path: set.path(folder)))
                continue
            }
            sources.append((.kit, "\(folder)/index.md", name, name))
            let enumerator = fm.enumerator(atPath: root.appendingPathComponent(folder).path)
            var inner: [String] = []
            while let rel = enumerator?.nextObject() as? String {
                if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                if isDirectory("\(folder)/\(rel)") || rel == "index.md" { continue }
                inner.append(rel)
            }
            for rel in inner.sorted() {
                if rel.hasSuffix(".md") {
                    sources.append((.attachment, "\(folder)/\(rel)", rel, name))
                } else {
                    set.assets.append(Asset(source: "\(folder)/\(rel)", kitSlug: name))
                }
            }
        }
        for (folder, kind) in [("cases", DocumentKind.caseStudy), ("letters", .letter), ("pages", .page)] {
            let names = files(in: folder)
            // Thousands of letters in one folder: stat them on all cores first.
            let found = await names.parallelMap(batch: 64) { name -> (String, Bool, SourceStamp?) in
                var st = stat()
                guard stat(rootPath + "/" + folder + "/" + name, &st) == 0 else { return (name, false, nil) }
                let isFolder = (st.st_mode & S_IFMT) == S_IFDIR
                return (name, isFolder, isFolder ? nil : SourceStamp(st).unlessRacy(now: now))
            }
            for (name, isFolder, stamp) in found {
                if isFolder { folders.insert("\(folder)/\(name)") } else if let stamp { stamps["\(folder)/\(name)"] = stamp }
            }
            for name in names where !isDirectory("\(folder)/\(name)") {
                if name.hasSuffix(".md") {
                    let slug = String(name.dropLast(3))
                    if kind != .letter && !Document.isValidSlug(slug) {
                        set.diagnostics.append(.error("文件名“\(name)”只能用小写英文字母、数字和连字符（它会成为网址），或在设置中写 slug。",
                                                      path: set.path("\(folder)/\(name)")))
                    }
                    sources.append((kind, "\(folder)/\(name)", slug, nil))
                } else {
                    set.assets.append(Asset(source: "\(folder)/\(name)", kitSlug: nil))
                }
            }
        }
        if let enumerator = fm.enumerator(atPath: root.appendingPathComponent("media").path) {
            var media: [String] = []
            while let rel = enumerator.nextObject() as? String {
                if !rel.hasPrefix("."), !isDirectory("media/\(rel)") { media.append("media/\(rel)") }
            }
            set.assets += media.sorted().map { Asset(source: $0, kitSlug: nil) }
        }

        let displayRoot = set.displayRoot
        let found = stamps
        let parsed = await sources.parallelMap { kind, source, slug, kit -> (Document?, [Diagnostic], SourceStamp?, Bool) in
            let path = "\(displayRoot)/\(source)"
            let stamp = found[source]
            if let stamp, let cached = cache?.sources[source], cached.stamp == stamp {
                return (cached.document, cached.parseDiagnostics, stamp, true)
            }
            let text: String, invalidLine: Int?
            do {
                (text, invalidLine) = try TextFile.readChecked(root.appendingPathComponent(source))
            } catch {
                return (nil, [.error("无法读取这个文件。请检查文件权限。", path: path)], stamp, false)
            }
            var (doc, problems) = Document.parse(kind: kind, source: source, slug: slug, kitSlug: kit,
                                                 text: text, path: path, site: site)
            if let invalidLine { problems.insert(Document.invalidUTF8(path: path, line: invalidLine), at: 0) }
            return (doc, problems, stamp, false)
        }
        for ((kind, source, slug, kit), (doc, problems, stamp, cached)) in zip(sources, parsed) {
            set.diagnostics += problems
            if problems.contains(where: { $0.severity == .error }) {
                set.flawed.append(FlawedDocument(doc, kind: kind, source: source, slug: slug, kitSlug: kit, root: root))
            } else if let doc {
                set.documents.append(doc)
                set.stamps[doc.source] = stamp
                set.sourceProblems[doc.source] = problems
                if cached { set.cachedSources.insert(doc.source) }
            }
        }
        for asset in set.assets {
            set.stamps[asset.source] = stamps[asset.source] ?? SourceStamp(path: rootPath + "/" + asset.source)
        }
        set.checkUniqueness()
        return set
    }

    static let reservedSlugs: Set<String> = [
        "kits", "cases", "letters", "grades", "themes", "search", "dashboard", "assets", "pagefind", "media", "app",
    ]

    /// Duplicate letter issues and output paths, naming both files.
    mutating func checkUniqueness() {
        var issues: [Int: String] = [:]  // issue → source
        var outputs: [String: String] = [:]  // output path → source
        for doc in documents + flawed.filter(\.checkBody).map(\.document) {
            if let issue = doc.issue {
                if let other = issues[issue] {
                    diagnostics.append(.error("期号 \(issue) 已被 \(path(other)) 使用。每期家长信的期号必须不同。",
                                              path: path(doc.source), line: doc.issueLine))
                } else {
                    issues[issue] = doc.source
                }
            }
            if doc.kind == .page, ContentSet.reservedSlugs.contains(doc.slug) {
                diagnostics.append(.error("页面名“\(doc.slug)”与网站自带的栏目重名。请换一个文件名或 slug。",
                                          path: path(doc.source)))
            }
            let output = doc.outputPath
            if doc.kind != .letter, let other = outputs[output] {
                diagnostics.append(.error("网址 /\(output) 与 \(path(other)) 重复。请修改文件名或 slug。",
                                          path: path(doc.source)))
            } else {
                outputs[output] = doc.source
            }
        }
    }
}

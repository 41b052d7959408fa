import CampaignCore
import Foundation

/// What the tracker reads from the Content folder: term calendars, rules and the kit folders
/// that a class meeting may name.
public struct TrackerContent: Sendable {
    /// Term calendars sorted by start date.
    public var calendars: [TermCalendar]
    public var rules: Rules
    /// Slugs of `Content/kits/<slug>/index.md`.
    public var kits: Set<String>
    /// Each kit's title by slug, so that a meeting may name its kit by title.
    public var kitTitles: [String: String]
    /// Problems that did not stop loading (unknown keys, needless workdays).
    public var warnings: [Diagnostic]

    public init(calendars: [TermCalendar], rules: Rules = Rules(), kits: Set<String> = [],
                kitTitles: [String: String] = [:], warnings: [Diagnostic] = []) {
        self.calendars = calendars.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        self.rules = rules
        self.kits = kits
        self.kitTitles = kitTitles
        self.warnings = warnings
    }

    /// Loads `calendar/*.yaml`, `rules.yaml` and the kit folders under `directory`.
    /// Throws `DiagnosticsError` with every problem when any file has an error.
    public static func load(from directory: URL) throws -> TrackerContent {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw UserError("找不到内容文件夹 \(directory.relativePath)（其中应有 calendar/ 和 rules.yaml）。"
                + "请在项目文件夹中运行，或用 --content 指定它的位置。")
        }
        var diagnostics: [Diagnostic] = []
        var calendars: [TermCalendar] = []

        let calendarFolder = directory.appendingPathComponent("calendar")
        let names = ((try? fileManager.contentsOfDirectory(atPath: calendarFolder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        for name in names {
            let url = calendarFolder.appendingPathComponent(name)
            let text: String
            do { text = try TextFile.read(url) } catch {
                diagnostics.append(.error("无法读取这个文件。请检查文件权限。", path: url.relativePath))
                continue
            }
            let id = String(name.dropLast(".yaml".count))
            let (calendar, found) = TermCalendar.parse(yaml: text, path: url.relativePath, expectedID: id)
            diagnostics += found
            if let calendar { calendars.append(calendar) }
        }

        var rules = Rules()
        let rulesURL = directory.appendingPathComponent("rules.yaml")
        if fileManager.fileExists(atPath: rulesURL.path) {
            do {
                let (parsed, found) = Rules.parse(yaml: try TextFile.read(rulesURL), path: rulesURL.relativePath)
                diagnostics += found
                if let parsed { rules = parsed }
            } catch {
                diagnostics.append(.error("无法读取这个文件。请检查文件权限。", path: rulesURL.relativePath))
            }
        }

        let kitFolder = directory.appendingPathComponent("kits")
        var kits: Set<String> = []
        var kitTitles: [String: String] = [:]
        for name in (try? fileManager.contentsOfDirectory(atPath: kitFolder.path)) ?? [] {
            let index = kitFolder.appendingPathComponent(name).appendingPathComponent("index.md")
            guard fileManager.fileExists(atPath: index.path) else { continue }
            kits.insert(name)
            kitTitles[name] = (try? TextFile.read(index)).flatMap(TrackerContent.kitTitle(frontMatterOf:))
        }

        let content = TrackerContent(calendars: calendars, rules: rules, kits: kits, kitTitles: kitTitles)
        diagnostics += content.overlapWarnings(folder: calendarFolder.relativePath)
        if diagnostics.contains(where: { $0.severity == .error }) {
            throw DiagnosticsError(diagnostics)
        }
        var loaded = content
        loaded.warnings = diagnostics
        return loaded
    }

    private func overlapWarnings(folder: String) -> [Diagnostic] {
        zip(calendars, calendars.dropFirst()).compactMap { earlier, later in
            guard later.start <= earlier.end else { return nil }
            return .warning("学期 \(earlier.id) 与 \(later.id) 的日期有重叠。请检查两个文件的 start 和 end。",
                            path: "\(folder)/\(later.id).yaml")
        }
    }
}

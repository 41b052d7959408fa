/// Splits a Markdown source into its YAML front matter and its body.
public struct FrontMatter: Sendable {
    /// The YAML between the `---` lines, or nil when the file has none.
    public var yaml: String?
    public var body: String
    /// The file line on which the body starts (1 when there is no front matter).
    public var bodyLine: Int

    /// `text` must already be normalised (no BOM, LF line ends): see `TextFile`.
    public init(splitting text: String) {
        guard text.hasPrefix("---\n") || text == "---" else {
            yaml = nil
            body = text
            bodyLine = 1
            return
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var line = 1
        while let next = lines.first {
            lines = lines.dropFirst()
            line += 1
            if next == "---" || next == "..." {
                yaml = yamlLines.joined(separator: "\n")
                body = lines.joined(separator: "\n")
                bodyLine = line + 1
                return
            }
            yamlLines.append(next)
        }
        // No closing line: treat everything as front matter so the YAML error points into it.
        yaml = yamlLines.joined(separator: "\n")
        body = ""
        bodyLine = line + 1
    }

    /// Whether a front matter block was opened but never closed.
    public static func isUnclosed(_ text: String) -> Bool {
        guard text.hasPrefix("---\n") else { return false }
        return !text.dropFirst(4).split(separator: "\n", omittingEmptySubsequences: false)
            .contains { $0 == "---" || $0 == "..." }
    }
}

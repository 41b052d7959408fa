import CCmark

/// Parse and render options for `Markdown`, a Swift face for libcmark's `CMARK_OPT_*` flags.
public struct MarkdownOptions: OptionSet, Sendable {
    public let rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// Straight quotes to curly, `--` to dashes, `...` to an ellipsis (as `cmark --smart`).
    public static let smart = MarkdownOptions(rawValue: CMARK_OPT_SMART)
    /// Keep raw HTML instead of replacing it with `<!-- raw HTML omitted -->`. Never used for site content.
    public static let unsafe = MarkdownOptions(rawValue: CMARK_OPT_UNSAFE)

    /// What the site uses everywhere: smart punctuation, raw HTML omitted.
    public static let site: MarkdownOptions = [.smart]
}

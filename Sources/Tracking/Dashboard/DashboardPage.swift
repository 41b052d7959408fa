/// The public compliance dashboard, ready for the site's page template.
public struct DashboardPage: Sendable, Equatable {
    public var title: String
    /// The term's name, e.g. 2026—2027学年第一学期.
    public var termName: String
    /// An HTML5 fragment: charts and tables, no script, counts only (no teacher, officer or class names).
    public var bodyHTML: String

    public init(title: String, termName: String, bodyHTML: String) {
        self.title = title
        self.termName = termName
        self.bodyHTML = bodyHTML
    }
}

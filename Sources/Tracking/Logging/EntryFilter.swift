/// Which log entries a list shows.
public struct EntryFilter: Sendable {
    /// A school code.
    public var school: String?
    /// An officer code (lectures only).
    public var officer: String?
    /// Only entries dated within this term.
    public var term: TermCalendar?

    public init(school: String? = nil, officer: String? = nil, term: TermCalendar? = nil) {
        self.school = school
        self.officer = officer
        self.term = term
    }
}

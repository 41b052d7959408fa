import CampaignCore

extension ImportKind {
    /// The longest text a column takes, in characters, and whether it may hold several lines.
    /// Documented in the README's table of limits.
    static func limit(of column: String) -> (characters: Int, allowsNewlines: Bool) {
        switch column {
        case "name", "county", "city", "teacher", "grade", "role", "kit": (UserText.nameLimit, false)
        case "topic": (UserText.topicLimit, true)
        case "note": (UserText.noteLimit, true)
        default: (UserText.codeLimit, false)  // codes, dates, numbers, phone numbers
        }
    }
}

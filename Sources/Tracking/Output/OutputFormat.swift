/// How a command prints a list or a report.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// For a person at an 80-column terminal.
    case table
    /// For programs; keys in a fixed order.
    case json
    /// For Excel: UTF-8 with BOM, formulas neutralised.
    case csv
}

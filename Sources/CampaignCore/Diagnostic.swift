/// One problem found in a file, with where it is: `path:line: error: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var path: String
    public var line: Int?
    public var severity: Severity
    public var message: String

    public init(_ severity: Severity, _ message: String, path: String, line: Int? = nil) {
        self.path = path
        self.line = line
        self.severity = severity
        self.message = message
    }

    public static func error(_ message: String, path: String, line: Int? = nil) -> Diagnostic {
        Diagnostic(.error, message, path: path, line: line)
    }

    public static func warning(_ message: String, path: String, line: Int? = nil) -> Diagnostic {
        Diagnostic(.warning, message, path: path, line: line)
    }

    public var description: String {
        let place = line.map { "\(path):\($0)" } ?? path
        return "\(place): \(severity.rawValue): \(TerminalSafe.lines(message))"
    }
}

/// Thrown when a step found errors; carries every problem of the run (collect, then fail).
public struct DiagnosticsError: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// A plain error for a user: one sentence saying what is wrong and what to do.
public struct UserError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    /// The message with any control characters from user text made visible (it goes to a terminal).
    public var description: String { TerminalSafe.lines(message) }
}

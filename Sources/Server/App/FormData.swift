import Foundation

/// Fields of an `application/x-www-form-urlencoded` body or a query string. The first value of a
/// repeated name wins.
public struct FormData: Sendable, Equatable {
    public private(set) var fields: [String: String] = [:]

    public init() {}

    public init(urlEncoded text: some StringProtocol) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(Substring(parts[0])) else { continue }
            let value = parts.count > 1 ? Self.decode(Substring(parts[1])) ?? "" : ""
            if fields[name] == nil { fields[name] = value }
        }
    }

    /// The trimmed value, or nil when absent or blank.
    public subscript(_ name: String) -> String? {
        guard let value = fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}

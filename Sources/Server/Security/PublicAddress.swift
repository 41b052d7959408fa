import Foundation

/// Where browsers reach the site, e.g. `https://fangqiling.example.edu.cn` (`--public-url`): its scheme,
/// host and port. Requests must name this host, and forms must come from this origin.
public struct PublicAddress: Sendable, Equatable, CustomStringConvertible {
    public let scheme: String
    public let host: String
    public let port: Int

    /// Nil unless `text` is an http or https address with a host and nothing after it but `/`.
    public init?(_ text: String) {
        guard let url = URL(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = url.scheme?.lowercased(), let port = Self.defaultPort(scheme),
              let host = url.host?.lowercased(), !host.isEmpty,
              url.user == nil, url.query == nil, url.fragment == nil, url.path.isEmpty || url.path == "/"
        else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = url.port ?? port
    }

    public var description: String {
        port == Self.defaultPort(scheme) ? "\(scheme)://\(host)" : "\(scheme)://\(host):\(port)"
    }

    /// Whether a Host header (`host` or `host:port`) names this address.
    public func matches(authority: String) -> Bool {
        guard let (host, port) = Self.split(authority: authority, scheme: scheme) else { return false }
        return host == self.host && port == self.port
    }

    /// Whether an Origin (or a Referer's `scheme://host[:port]`) is this address.
    public func matches(origin: URL) -> Bool {
        guard let scheme = origin.scheme?.lowercased(), scheme == self.scheme,
              let host = origin.host?.lowercased() else { return false }
        return host == self.host && (origin.port ?? Self.defaultPort(scheme)) == port
    }

    static func defaultPort(_ scheme: String) -> Int? {
        switch scheme {
        case "http": 80
        case "https": 443
        default: nil
        }
    }

    /// `host[:port]` as lowercased host and port (the scheme's default when absent).
    static func split(authority: String, scheme: String) -> (host: String, port: Int)? {
        guard !authority.contains(where: { "/?#@\\".contains($0) || $0.isWhitespace }),
              let url = URL(string: "\(scheme)://\(authority)"), let host = url.host?.lowercased(), !host.isEmpty,
              let port = url.port ?? defaultPort(scheme) else { return nil }
        return (host, port)
    }
}

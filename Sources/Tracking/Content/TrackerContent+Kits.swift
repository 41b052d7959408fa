import Foundation

/// A meeting names its kit by folder name (`kind-words`) or, as teachers write it, by its title
/// (好好说话，不起外号).
extension TrackerContent {
    /// The slug `value` names: a slug, or a kit's title or slug with spaces, punctuation and case
    /// ignored. Nil when no kit matches.
    func kitSlug(for value: String) -> String? {
        if kits.contains(value) { return value }
        let key = Self.matchKey(value)
        return kits.sorted().first { slug in
            Self.matchKey(slug) == key || kitTitles[slug].map(Self.matchKey) == key
        }
    }

    /// Up to three kits whose title or slug is closest to `value`, as `好好说话，不起外号（kind-words）`;
    /// empty when none is close (part of a title, or fewer than half of the characters differ).
    func closestKits(to value: String) -> [String] {
        let text = Self.matchKey(value)
        let key = Array(text)
        let scored = kits.map { slug -> (distance: Int, slug: String) in
            let names = ([slug] + (kitTitles[slug].map { [$0] } ?? [])).map(Self.matchKey)
            let distance = names.map { name in
                key.count >= 2 && name.contains(text) ? 1 : Self.editDistance(key, Array(name))
            }.min() ?? .max
            return (distance, slug)
        }
        let limit = max(2, key.count / 2)
        return scored.filter { $0.distance <= limit }.sorted { ($0.distance, $0.slug) < ($1.distance, $1.slug) }
            .prefix(3).map { entry in kitTitles[entry.slug].map { "\($0)（\(entry.slug)）" } ?? entry.slug }
    }

    /// Letters and digits only, lowercased: `好好说话 不起外号` and `Kind Words` match their kits.
    static func matchKey(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The `title:` of a kit's front matter, found by a line scan (the site builder has the full
    /// YAML parser; a kit that builds has a one-line title). Outer quotes are removed.
    static func kitTitle(frontMatterOf text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        for line in lines.dropFirst() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" { return nil }
            guard trimmed.hasPrefix("title:") else { continue }
            let value = trimmed.dropFirst("title:".count).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                let inner = String(value.dropFirst().dropLast())
                return quote == "\"" ? inner.replacingOccurrences(of: "\\\"", with: "\"")
                    : inner.replacingOccurrences(of: "''", with: "'")
            }
            return value.isEmpty ? nil : value
        }
        return nil
    }
}

import CampaignCore

extension Scaffold {
    /// The longest slug made from a title.
    static let maximumSlugLength = 40

    /// A slug made of the title's ASCII words: `"Stop the Rumour 谣言到我为止"` → `stop-the-rumour`.
    /// A title without ASCII letters (no pinyin table is bundled) asks for `--slug`, with an example.
    static func slug(fromTitle title: String, kind: Kind) throws -> String {
        var words: [String] = []
        var word = ""
        for scalar in title.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word.lowercased())
                word = ""
            }
        }
        if !word.isEmpty { words.append(word.lowercased()) }
        var slug = ""
        for word in words where slug.count + word.count + 1 <= maximumSlugLength || slug.isEmpty {
            slug += (slug.isEmpty ? "" : "-") + word.prefix(maximumSlugLength)
        }
        guard slug.contains(where: { $0.isLetter }) else {
            let example = kind == .kit ? "stop-the-rumour" : "group-chat-exclusion"
            throw UserError("""
                标题“\(title)”里没有英文字母，无法自动生成网址名。请用 --slug 指定一个（小写英文字母、数字和连字符，\
                例如拼音或英文），例如：campaign new \(kind.rawValue) "\(title)" --slug \(example)
                """)
        }
        return slug
    }
}

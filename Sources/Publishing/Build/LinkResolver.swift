import Foundation

/// Turns links written as paths to source files (`handout.md`, `../../cases/x.md`) into the URLs of
/// the pages built from them.
public struct LinkResolver: Sendable {
    /// Source path → output path, for every document and asset.
    var targets: [String: Target] = [:]

    public struct Target: Sendable {
        public var outputPath: String
        public var isDocument: Bool
        public var kitSlug: String?
        public var published: Bool
    }

    public enum Resolution: Equatable, Sendable {
        /// Not a link to content (a web address, an anchor, a site-absolute path): left as written.
        case external
        case target(outputPath: String, fragment: String, published: Bool, isDocument: Bool)
        case problem(String)
    }

    public init(documents: [Document], assets: [Asset], isPublished: (Document) -> Bool) {
        for doc in documents {
            targets[doc.source] = Target(outputPath: doc.outputPath, isDocument: true, kitSlug: doc.kitSlug,
                                         published: isPublished(doc))
        }
        for asset in assets {
            targets[asset.source] = Target(outputPath: asset.outputPath, isDocument: false, kitSlug: asset.kitSlug,
                                           published: true)
        }
    }

    /// Resolves `url` written in the source file `source` (a path below the content folder).
    /// A digest of every target: when it is unchanged, every link resolves as before.
    var digest: String {
        var digest = Digest()
        for (source, target) in targets.sorted(by: { $0.key < $1.key }) {
            digest.add(source)
            digest.add("\(target.outputPath) \(target.isDocument) \(target.published) \(target.kitSlug ?? "")")
        }
        return digest.finish()
    }

    public func resolve(_ url: String, from source: String, kitSlug: String?) -> Resolution {
        if url.isEmpty || url.hasPrefix("#") || url.hasPrefix("/") || url.hasPrefix("//") { return .external }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return .external }
        var path = url
        var fragment = ""
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[hash...])
            path = String(path[..<hash])
        }
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        var parts = source.split(separator: "/").dropLast().map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if parts.isEmpty { return .problem("链接“\(url)”指向了内容文件夹之外。请只链接内容文件夹里的文件。") }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        let resolved = parts.joined(separator: "/")
        guard let target = targets[resolved] else {
            return .problem("链接“\(url)”指向的文件 \(resolved) 不存在。请检查文件名和相对路径（例如同一文件夹用 handout.md，从材料包到案例用 ../../cases/文件名.md）。")
        }
        if let kitSlug, !target.isDocument, target.kitSlug != kitSlug {
            return .problem("链接“\(url)”指向了材料包文件夹之外的文件。材料包要能单独下载，请把这个文件复制到材料包自己的文件夹里。")
        }
        return .target(outputPath: target.outputPath, fragment: fragment, published: target.published,
                       isDocument: target.isDocument)
    }

    /// The relative URL from the page at `from` (an output path) to `to`.
    public static func relative(from: String, to: String) -> String {
        let fromDir = from.hasSuffix("/") ? from.split(separator: "/").map(String.init)
            : from.split(separator: "/").dropLast().map(String.init)
        var toParts = to.split(separator: "/").map(String.init)
        let trailing = to.hasSuffix("/")
        var common = 0
        while common < fromDir.count, common < toParts.count, fromDir[common] == toParts[common] { common += 1 }
        toParts.removeFirst(common)
        let up = Array(repeating: "..", count: fromDir.count - common)
        var result = (up + toParts).joined(separator: "/")
        if result.isEmpty { return "./" }
        if trailing, !result.hasSuffix("/") { result += "/" }
        return result
    }

    /// `../..` style prefix from a page to the site root ("" at the root).
    public static func rootPrefix(for outputPath: String) -> String {
        let depth = outputPath.hasSuffix("/") ? outputPath.split(separator: "/").count
            : outputPath.split(separator: "/").count - 1
        return String(repeating: "../", count: max(0, depth))
    }
}

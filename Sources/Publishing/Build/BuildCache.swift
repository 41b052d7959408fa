import CampaignCore
import Crypto
import Foundation

/// What the previous successful build read and wrote, kept beside the output folder
/// (`.public.build-cache` for `public/`) so that the next build re-renders and rewrites only
/// what changed. It is a cache: when anything about it does not match — another program version,
/// other templates or site.yaml, other build options, an output folder that was replaced — the
/// build ignores it and does a full build.
struct BuildCache: Sendable {
    static let format = 3

    var format = BuildCache.format
    /// Digest of everything that affects every page: see `BuildCache.fingerprint`.
    var fingerprint: String
    /// The output folder's device and inode when the cache was written.
    var outputIdentity: String
    /// `LinkResolver.digest` when the cache was written.
    var linkIndex = ""
    var sources: [String: CachedSource] = [:]
    var jobs: [String: CachedJob] = [:]

    init(fingerprint: String, outputIdentity: String, linkIndex: String, sources: [String: CachedSource],
         jobs: [String: CachedJob]) {
        self.linkIndex = linkIndex
        self.fingerprint = fingerprint
        self.outputIdentity = outputIdentity
        self.sources = sources
        self.jobs = jobs
    }

    /// The cache file for an output folder: `.NAME.build-cache` beside it.
    static func location(for output: URL) -> URL {
        let destination = output.standardizedFileURL
        return destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).build-cache")
    }

    /// The previous build's cache, when it belongs to this output folder and these inputs.
    static func load(for output: URL, fingerprint: String) -> BuildCache? {
        guard let identity = identity(of: output),
              let data = try? Data(contentsOf: location(for: output)),
              let cache = try? BuildCache(decoding: [UInt8](data)),
              cache.format == format, cache.fingerprint == fingerprint, cache.outputIdentity == identity
        else { return nil }
        return cache
    }

    /// Writes the cache for the output folder as it now is. A cache that cannot be written only
    /// makes the next build a full one, so failures are ignored.
    func save(for output: URL) {
        guard let identity = BuildCache.identity(of: output) else { return }
        var cache = self
        cache.outputIdentity = identity
        let url = BuildCache.location(for: output)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        guard (try? FileWriter.write(Data(cache.encoded()), to: temporary.path)) != nil,
              rename(temporary.path, url.path) == 0
        else {
            try? FileManager.default.removeItem(at: temporary)
            return
        }
    }

    /// Removes the cache, so that a build interrupted while changing the output is followed by a
    /// full build.
    static func remove(for output: URL) {
        unlink(location(for: output).path)
    }

    static func identity(of folder: URL) -> String? {
        var st = stat()
        guard stat(folder.standardizedFileURL.path, &st) == 0 else { return nil }
        return "\(st.st_dev):\(st.st_ino)"
    }

    /// Everything that can change any page: this program, the theme folder (templates, assets,
    /// site.yaml), and the build options. `--as-of` and `--drafts` are not part of it: they decide
    /// which documents are published, and each job's key already covers that.
    /// Which extra pages there are is part of it: every page's menu links the dashboard when
    /// `--db` builds one. What the dashboard shows (the term, the as-of day, the counts) is not:
    /// it changes only the dashboard's own page, whose job key is a digest of its HTML.
    static func fingerprint(options: BuildOptions) -> String {
        var digest = Digest()
        digest.add("campaign build cache \(format)")
        digest.add(SourceStamp(path: "/proc/self/exe")?.description ?? "unknown program")
        let site = options.site.standardizedFileURL
        if let walker = FileManager.default.enumerator(atPath: site.path) {
            var files: [String] = []
            while let rel = walker.nextObject() as? String { files.append(rel) }
            for rel in files.sorted() {
                digest.add(rel)
                digest.add(SourceStamp(path: site.path + "/" + rel)?.unlessRacy(now: SourceStamp.now).description ?? "")
            }
        }
        for part in [options.content.standardizedFileURL.path, options.contentDisplay, options.siteDisplay,
                     options.baseURL ?? ""] {
            digest.add(part)
        }
        for path in options.extraPages.map(\.path).sorted() { digest.add("extra page \(path)") }
        digest.add(options.searchIndex ? 1 : 0)
        digest.add(options.devReload ? 1 : 0)
        return digest.finish()
    }
}

/// One source file as the previous build read it.
struct CachedSource: Sendable {
    var stamp: SourceStamp
    var document: Document
    /// Problems found in the front matter.
    var parseDiagnostics: [Diagnostic]
    var render: CachedRender?
}

/// What rendering a document depended on besides its own file, and what it found.
struct CachedRender: Sendable {
    var published: Bool
    var links: [ResolvedLink]
    var diagnostics: [Diagnostic]
}

/// A relative link in a document and what it resolved to, written as a string to compare.
struct ResolvedLink: Sendable, Equatable {
    var url: String
    var resolution: String
}

/// The files one output job wrote, and the digest of what it wrote them from.
struct CachedJob: Sendable {
    var key: String
    var files: [String]
}

/// A file's size, modification time and inode change time (ctime), in nanoseconds: a changed file
/// changes its stamp. The modification time alone can be set back (`touch -d`, `utimes`, an
/// editor or a copy keeping times), so a same-size edit could pass unseen; the change time cannot
/// be set by any user and moves with every write and every `utimes`. What moves it without a
/// change in content (`chmod`, a copy, a checkout) only makes the file be read again.
struct SourceStamp: Sendable, Equatable, CustomStringConvertible {
    var size: Int64
    var modified: Int64
    var changed: Int64

    init(size: Int64, modified: Int64, changed: Int64? = nil) {
        self.size = size
        self.modified = modified
        self.changed = changed ?? modified
    }

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        self.init(st)
    }

    init(_ st: stat) {
        size = Int64(st.st_size)
        modified = Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        changed = Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
    }

    var description: String { "\(size):\(modified):\(changed)" }

    /// The time now, in the same unit.
    static var now: Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    /// A file changed in the last second may change again without its times changing (file times
    /// tick in steps of milliseconds) and with the same size: such a "racy" file gets a stamp
    /// that matches nothing, so it is read now and again by the next build (as git does).
    func unlessRacy(now: Int64) -> SourceStamp {
        max(modified, changed) > now - 1_000_000_000 ? SourceStamp(size: size, modified: -now, changed: -now) : self
    }
}

/// A SHA-256 digest of a sequence of values, each length-prefixed so that ("ab", "c") and
/// ("a", "bc") differ. Values are collected and hashed once at the end: thousands of tiny hash
/// updates cost more than the hashing itself.
struct Digest {
    private var bytes: [UInt8] = []

    mutating func add(_ text: String) {
        add(text.utf8.count)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func add(_ number: Int) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Hex of the first 16 bytes: plenty to tell two inputs apart.
    func finish() -> String {
        SHA256.hash(data: bytes).prefix(16).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

import CampaignCore
import Foundation

// The build cache on disk: a flat sequence of variable-length integers and length-prefixed
// UTF-8 strings. JSON through Codable took half a second for a 10,000-page site, more than the
// rest of an incremental build; this reads in a few milliseconds.

/// Appends values to the cache's bytes.
struct CacheWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { int(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for v in values { string(v) }
    }

    /// An optional as a presence flag, then the value.
    mutating func optional<T>(_ value: T?, _ write: (inout CacheWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }
}

/// Reads what `CacheWriter` wrote; any inconsistency throws, and the cache is then ignored.
struct CacheReader {
    struct Corrupt: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Corrupt() }
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: result)) }
            shift += 7
        }
    }

    mutating func bool() throws -> Bool { try int() != 0 }

    mutating func string() throws -> String {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Corrupt() }
        let s = bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + count]), as: UTF8.self)
        }
        position += count
        return s
    }

    mutating func strings() throws -> [String] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Corrupt() }
        return try (0..<count).map { _ in try string() }
    }

    /// A count for a following list, checked against the bytes left so a corrupt file cannot ask
    /// for a huge allocation.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - position else { throw Corrupt() }
        return n
    }

    mutating func optional<T>(_ read: (inout CacheReader) throws -> T) throws -> T? {
        try bool() ? read(&self) : nil
    }
}

extension BuildCache {
    static let magic = "campaign-build-cache"

    func encoded() -> [UInt8] {
        var w = CacheWriter()
        w.string(BuildCache.magic)
        w.int(format)
        w.string(fingerprint)
        w.string(outputIdentity)
        w.string(linkIndex)
        w.int(sources.count)
        for (source, entry) in sources {
            w.string(source)
            w.int(Int(entry.stamp.size))
            w.int(Int(entry.stamp.modified))
            w.int(Int(entry.stamp.changed))
            entry.document.write(to: &w)
            w.int(entry.parseDiagnostics.count)
            for d in entry.parseDiagnostics { d.write(to: &w) }
            w.optional(entry.render) { w, render in
                w.bool(render.published)
                w.int(render.links.count)
                for link in render.links {
                    w.string(link.url)
                    w.string(link.resolution)
                }
                w.int(render.diagnostics.count)
                for d in render.diagnostics { d.write(to: &w) }
            }
        }
        w.int(jobs.count)
        for (id, job) in jobs {
            w.string(id)
            w.string(job.key)
            w.strings(job.files)
        }
        return w.bytes
    }

    init(decoding bytes: [UInt8]) throws {
        var r = CacheReader(bytes)
        guard try r.string() == BuildCache.magic else { throw CacheReader.Corrupt() }
        format = try r.int()
        guard format == BuildCache.format else { throw CacheReader.Corrupt() }
        fingerprint = try r.string()
        outputIdentity = try r.string()
        linkIndex = try r.string()
        for _ in 0..<(try r.count()) {
            let source = try r.string()
            let stamp = SourceStamp(size: Int64(try r.int()), modified: Int64(try r.int()), changed: Int64(try r.int()))
            let document = try Document(from: &r)
            let parseDiagnostics = try (0..<(try r.count())).map { _ in try Diagnostic(from: &r) }
            let render = try r.optional { r in
                let published = try r.bool()
                let links = try (0..<(try r.count())).map { _ in
                    ResolvedLink(url: try r.string(), resolution: try r.string())
                }
                let diagnostics = try (0..<(try r.count())).map { _ in try Diagnostic(from: &r) }
                return CachedRender(published: published, links: links, diagnostics: diagnostics)
            }
            sources[source] = CachedSource(stamp: stamp, document: document, parseDiagnostics: parseDiagnostics,
                                           render: render)
        }
        for _ in 0..<(try r.count()) {
            let id = try r.string()
            jobs[id] = CachedJob(key: try r.string(), files: try r.strings())
        }
        guard r.isAtEnd else { throw CacheReader.Corrupt() }
    }
}

extension Diagnostic {
    func write(to w: inout CacheWriter) {
        w.bool(severity == .error)
        w.string(path)
        w.optional(line) { w, line in w.int(line) }
        w.string(message)
    }

    init(from r: inout CacheReader) throws {
        let severity: Severity = try r.bool() ? .error : .warning
        let path = try r.string()
        let line = try r.optional { try $0.int() }
        self.init(severity, try r.string(), path: path, line: line)
    }
}

extension Document {
    /// Everything but the body, which is read again from the file when needed.
    func write(to w: inout CacheWriter) {
        w.string(kind.rawValue)
        w.string(source)
        w.string(slug)
        w.string(title)
        w.string(summary)
        w.optional(date) { w, day in w.int(day.ordinal) }
        w.strings(grades.map(\.rawValue))
        w.strings(themes)
        w.optional(duration) { w, n in w.int(n) }
        w.strings(objectives)
        w.optional(issue) { w, n in w.int(n) }
        w.int(issueLine)
        w.bool(draft)
        w.int(bodyLine)
        w.optional(kitSlug) { w, s in w.string(s) }
    }

    init(from r: inout CacheReader) throws {
        guard let kind = DocumentKind(rawValue: try r.string()) else { throw CacheReader.Corrupt() }
        let source = try r.string()
        let slug = try r.string()
        let title = try r.string()
        self.init(kind: kind, source: source, slug: slug, title: title, bodyLine: 1)
        summary = try r.string()
        date = try r.optional { Day(ordinal: try $0.int()) }
        grades = try r.strings().map { value in
            guard let grade = Grade(rawValue: value) else { throw CacheReader.Corrupt() }
            return grade
        }
        themes = try r.strings()
        duration = try r.optional { try $0.int() }
        objectives = try r.strings()
        issue = try r.optional { try $0.int() }
        issueLine = try r.int()
        draft = try r.bool()
        bodyLine = try r.int()
        kitSlug = try r.optional { try $0.string() }
    }
}

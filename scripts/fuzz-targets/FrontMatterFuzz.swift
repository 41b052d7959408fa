// libFuzzer target: the front matter splitter and the fast YAML reader (scripts/fuzz builds it
// with FrontMatter.swift, SimpleYAML.swift and FieldValue.swift in one module).
// Invariants beyond "no crash, no hang": keys are unique, lines rise, values hold no text that
// the reader promised to leave to Yams.

@_cdecl("LLVMFuzzerTestOneInput")
public func frontMatterFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let split = FrontMatter(splitting: text)
    for yaml in [text, split.yaml ?? ""] {
        guard let fields = SimpleYAML.mapping(yaml) else { continue }
        precondition(!SimpleYAML.needsYams(yaml), "fast path read text it must leave to Yams")
        var keys = Set<String>()
        var lastLine = 0
        for (key, field) in fields {
            precondition(keys.insert(key).inserted, "repeated key \(key)")
            precondition(field.keyLine > lastLine, "lines must rise")
            lastLine = field.keyLine
            check(field.value)
        }
    }
    return 0
}

private func check(_ value: FieldValue) {
    switch value {
    case let .scalar(text, _, _):
        precondition(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                     "a control character in a fast-path value")
    case let .sequence(items, _):
        items.forEach(check)
    case .other:
        preconditionFailure("the fast path never yields nested mappings")
    }
}

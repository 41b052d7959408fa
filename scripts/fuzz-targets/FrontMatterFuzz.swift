// libFuzzer target: the front matter splitter and the fast YAML reader, against Yams
// (scripts/fuzz builds it with CampaignCore's YAML files in one module, over Yams and libyaml).
// Beyond "no crash, no hang": whenever the fast path reads a text, Yams reads the same keys,
// lines, values and messages; keys are unique, lines rise, values hold no control characters.

@_cdecl("LLVMFuzzerTestOneInput")
public func frontMatterFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let split = FrontMatter(splitting: text)
    for yaml in [text, split.yaml ?? ""] {
        guard let fields = SimpleYAML.mapping(yaml) else { continue }
        precondition(!SimpleYAML.needsYams(yaml), "fast path read text it must leave to Yams")
        precondition(agreesWithYams(yaml), "the fast path and Yams disagree on \(yaml.debugDescription)")
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

/// The comparison of CoreTests' SimpleYAMLAgreementTests.
private func agreesWithYams(_ text: String) -> Bool {
    let fast = YAMLFields(text: text, path: "x.md", lineOffset: 1, simple: true)
    let yams = YAMLFields(text: text, path: "x.md", lineOffset: 1, simple: false)
    guard fast.keys == yams.keys, fast.diagnostics == yams.diagnostics else { return false }
    return fast.keys.allSatisfy { key in
        guard let a = fast.field(key), let b = yams.field(key) else { return false }
        return a.0 == b.0 && a.1 == b.1
    }
}

extension ComplianceReport {
    /// `{"term", "asOf", "schoolDays", "classes": […], "officers": […], "summary": {…}}`, keys in this order.
    public var json: JSONValue {
        .object([
            ("term", .string(term.id)),
            ("asOf", .string(asOf.description)),
            ("schoolDays", .int(schoolDays)),
            ("classes", .array(classes.map { row in
                .object([
                    ("school", .string(row.schoolCode)), ("class", .string(row.code)), ("name", .string(row.name)),
                    ("held", .int(row.held)), ("required", .int(row.required)),
                    ("status", .string(row.status.rawValue)), ("nextDue", .string(row.nextDue?.description)),
                ])
            })),
            ("officers", .array(officers.map { row in
                .object([
                    ("officer", .string(row.code)), ("name", .string(row.name)), ("school", .string(row.schoolCode)),
                    ("held", .int(row.held)), ("required", .int(row.required)),
                    ("status", .string(row.status.rawValue)), ("nextDue", .string(row.nextDue?.description)),
                ])
            })),
            ("summary", .object([
                ("classes", Self.summary(classes)),
                ("officers", Self.summary(officers)),
            ])),
        ])
    }

    private static func summary(_ rows: [ComplianceRow]) -> JSONValue {
        let counts = Self.counts(rows)
        return .object(ComplianceStatus.allCases.map { ($0.rawValue, .int(counts[$0] ?? 0)) })
    }
}

extension ComplianceReport {
    /// The same document as `json.text()`, byte for byte, written straight into UTF-8 bytes: a
    /// province's report (300,000 rows) never becomes a tree of values first.
    public var jsonBytes: [UInt8] {
        var out = JSONBytes(capacity: 256 + 150 * (classes.count + officers.count))
        out.raw("{\n  \"term\": ")
        out.string(term.id)
        out.raw(",\n  \"asOf\": ")
        out.string(asOf.description)
        out.raw(",\n  \"schoolDays\": ")
        out.int(schoolDays)
        out.raw(",\n  \"classes\": ")
        Self.rows(classes, into: &out) { row, out in
            out.raw("{\"school\": ")
            out.string(row.schoolCode)
            out.raw(", \"class\": ")
            out.string(row.code)
            out.raw(", \"name\": ")
            out.string(row.name)
        }
        out.raw(",\n  \"officers\": ")
        Self.rows(officers, into: &out) { row, out in
            out.raw("{\"officer\": ")
            out.string(row.code)
            out.raw(", \"name\": ")
            out.string(row.name)
            out.raw(", \"school\": ")
            out.string(row.schoolCode)
        }
        out.raw(",\n  \"summary\": {\n    \"classes\": ")
        Self.summary(classes, into: &out)
        out.raw(",\n    \"officers\": ")
        Self.summary(officers, into: &out)
        out.raw("\n  }\n}\n")
        return out.bytes
    }

    /// `[`, one row a line with the identifying keys first, `]`; `[]` when empty.
    private static func rows(_ rows: [ComplianceRow], into out: inout JSONBytes,
                             identity: (ComplianceRow, inout JSONBytes) -> Void) {
        guard !rows.isEmpty else {
            out.raw("[]")
            return
        }
        out.raw("[\n")
        for (index, row) in rows.enumerated() {
            out.raw("    ")
            identity(row, &out)
            out.raw(", \"held\": ")
            out.int(row.held)
            out.raw(", \"required\": ")
            out.int(row.required)
            out.raw(", \"status\": ")
            out.string(row.status.rawValue)
            out.raw(", \"nextDue\": ")
            out.string(row.nextDue?.isoText)
            out.raw(index == rows.count - 1 ? "}\n" : "},\n")
        }
        out.raw("  ]")
    }

    private static func summary(_ rows: [ComplianceRow], into out: inout JSONBytes) {
        let counts = Self.counts(rows)
        out.byte(0x7B)
        for (index, status) in ComplianceStatus.allCases.enumerated() {
            if index > 0 { out.raw(", ") }
            out.string(status.rawValue)
            out.raw(": ")
            out.int(counts[status] ?? 0)
        }
        out.byte(0x7D)
    }
}

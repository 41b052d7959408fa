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

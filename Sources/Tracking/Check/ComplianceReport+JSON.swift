extension ComplianceReport {
    /// The report as JSON, keys in this order:
    /// `{"term", "asOf", "schoolDays", "classes", "officers", "visits", "hours", "uncovered", "summary"}`,
    /// one row a line. Written straight into UTF-8 bytes: a province's report (300,000 rows) never
    /// becomes a tree of values first.
    public var jsonBytes: [UInt8] {
        var out = JSONBytes(capacity: 256 + 170 * (classes.count + officers.count + visits.count + hours.count))
        out.raw("{\n  \"term\": ")
        out.string(term.id)
        out.raw(",\n  \"asOf\": ")
        out.string(asOf.isoText)
        out.raw(",\n  \"schoolDays\": ")
        out.int(schoolDays)
        out.raw(",\n  \"classes\": ")
        Self.lines(classes, into: &out) { row, out in
            out.raw("{\"school\": ")
            out.string(row.schoolCode)
            out.raw(", \"class\": ")
            out.string(row.code)
            out.raw(", \"name\": ")
            out.string(row.name)
            Self.counts(row, warning: true, into: &out)
        }
        out.raw(",\n  \"officers\": ")
        Self.lines(officers, into: &out) { row, out in
            Self.officer(row.code, row.name, row.schoolCode, into: &out)
            Self.counts(row, warning: true, into: &out)
        }
        out.raw(",\n  \"visits\": ")
        Self.lines(visits, into: &out) { row, out in
            Self.officer(row.officerCode, row.officerName, row.schoolCode, into: &out)
            out.raw(", \"weeksMet\": ")
            out.int(row.weeksMet)
            out.raw(", \"weeksElapsed\": ")
            out.int(row.weeksElapsed)
            out.raw(", \"status\": ")
            out.string(row.status.rawValue)
            out.raw(", \"missedWeeks\": ")
            Self.strings(row.missedWeeks.map(\.isoText), into: &out)
            out.byte(0x7D)
        }
        out.raw(",\n  \"hours\": ")
        Self.lines(hours, into: &out) { row, out in
            Self.officer(row.code, row.name, row.schoolCode, into: &out)
            Self.counts(row, warning: false, into: &out)
        }
        out.raw(",\n  \"uncovered\": ")
        Self.lines(uncovered, into: &out) { school, out in
            out.raw("{\"school\": ")
            out.string(school.code)
            out.raw(", \"name\": ")
            out.string(school.name)
            out.raw(", \"missing\": ")
            Self.strings(school.missing, into: &out)
            out.byte(0x7D)
        }
        out.raw(",\n  \"summary\": {\n    \"classes\": ")
        Self.summary(Self.counts(classes), into: &out)
        out.raw(",\n    \"officers\": ")
        Self.summary(Self.counts(officers), into: &out)
        out.raw(",\n    \"visits\": ")
        Self.summary(Self.counts(visits), into: &out)
        out.raw(",\n    \"hours\": ")
        Self.summary(Self.counts(hours), into: &out)
        out.raw(",\n    \"uncovered\": ")
        out.int(uncovered.count)
        out.raw("\n  }\n}\n")
        return out.bytes
    }

    /// `jsonBytes` as text.
    public var jsonText: String { String(decoding: jsonBytes, as: UTF8.self) }

    /// `[`, one item a line, `]`; `[]` when empty.
    private static func lines<Item>(_ items: [Item], into out: inout JSONBytes,
                                    item: (Item, inout JSONBytes) -> Void) {
        guard !items.isEmpty else {
            out.raw("[]")
            return
        }
        out.raw("[\n")
        for (index, element) in items.enumerated() {
            out.raw("    ")
            item(element, &out)
            out.raw(index == items.count - 1 ? "\n" : ",\n")
        }
        out.raw("  ]")
    }

    private static func officer(_ code: String, _ name: String, _ school: String, into out: inout JSONBytes) {
        out.raw("{\"officer\": ")
        out.string(code)
        out.raw(", \"name\": ")
        out.string(name)
        out.raw(", \"school\": ")
        out.string(school)
    }

    /// `, "held": …, "required": …, "status": …, "nextDue": …[, "warning": …]}`
    private static func counts(_ row: ComplianceRow, warning: Bool, into out: inout JSONBytes) {
        out.raw(", \"held\": ")
        out.int(row.held)
        out.raw(", \"required\": ")
        out.int(row.required)
        out.raw(", \"status\": ")
        out.string(row.status.rawValue)
        out.raw(", \"nextDue\": ")
        out.string(row.nextDue?.isoText)
        if warning {
            out.raw(", \"warning\": ")
            out.string(row.warning?.rawValue)
        }
        out.byte(0x7D)
    }

    private static func strings(_ values: [String], into out: inout JSONBytes) {
        out.byte(0x5B)
        for (index, value) in values.enumerated() {
            if index > 0 { out.raw(", ") }
            out.string(value)
        }
        out.byte(0x5D)
    }

    private static func summary(_ counts: [ComplianceStatus: Int], into out: inout JSONBytes) {
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

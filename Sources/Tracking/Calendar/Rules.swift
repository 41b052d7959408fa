import CampaignCore

/// How many activities each term requires (`Content/rules.yaml`).
public struct Rules: Sendable, Equatable {
    /// Anti-bullying class meetings (主题班会) each class holds per term.
    public var classMeetingsPerTerm: Int
    /// Lectures (专题宣讲) each officer gives per term at each school they serve.
    public var officerLecturesPerTerm: Int

    public init(classMeetingsPerTerm: Int = 2, officerLecturesPerTerm: Int = 1) {
        self.classMeetingsPerTerm = classMeetingsPerTerm
        self.officerLecturesPerTerm = officerLecturesPerTerm
    }

    static let classMeetingsKey = "class_meetings_per_term"
    static let officerLecturesKey = "officer_lectures_per_term"

    /// Reads the rules; absent keys keep their defaults (2 and 1).
    public static func parse(yaml text: String, path: String) -> (rules: Rules?, diagnostics: [Diagnostic]) {
        var fields = YAMLFields(text: text, path: path)
        guard fields.diagnostics.isEmpty else { return (nil, fields.diagnostics) }
        fields.warnUnknownKeys(known: [classMeetingsKey, officerLecturesKey])
        var rules = Rules()
        if let n = fields.int(classMeetingsKey, range: 0...50) { rules.classMeetingsPerTerm = n }
        if let n = fields.int(officerLecturesKey, range: 0...50) { rules.officerLecturesPerTerm = n }
        let failed = fields.diagnostics.contains { $0.severity == .error }
        return (failed ? nil : rules, fields.diagnostics)
    }
}

import CampaignCore

/// A row's values in conflict messages: `班会材料“kind-words”、参加人数“40”`, with blank optional
/// fields left out (a clerk reads “” as a typo, not as "not filled in").
enum RowSummary {
    static func text(_ fields: KeyValuePairs<String, String?>) -> String {
        let filled = fields.compactMap { label, value in
            value.flatMap { $0.isEmpty ? nil : "\(label)“\(TerminalSafe.clip($0))”" }
        }
        guard filled.isEmpty else { return filled.joined(separator: "、") }
        return "空白（未填写\(fields.map(\.key).joined(separator: "、"))）"
    }
}

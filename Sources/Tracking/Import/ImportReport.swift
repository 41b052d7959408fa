import CampaignCore

/// What an import wrote.
public struct ImportReport: Sendable, Equatable {
    public var kind: ImportKind
    public var path: String
    /// Rows written.
    public var added: Int
    /// Rows equal to a stored row or to an earlier row of the file.
    public var skipped: Int
    /// Problems that did not stop the import (unknown columns).
    public var warnings: [Diagnostic]

    public init(kind: ImportKind, path: String, added: Int, skipped: Int, warnings: [Diagnostic] = []) {
        self.kind = kind
        self.path = path
        self.added = added
        self.skipped = skipped
        self.warnings = warnings
    }

    /// `meetings.csv: 已添加 12 条班会记录，跳过 3 条（已有相同的记录）。`
    public var summary: String {
        "\(path): 已添加 \(added) 条\(kind.noun)，跳过 \(skipped) 条（已有相同的记录）。"
    }
}

import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// Imports a CSV file of `kind`. Every bad row is reported (`file:line: error: …`) in a thrown
    /// `DiagnosticsError`, and then nothing at all is written; otherwise all new rows are written in
    /// one transaction, rows already stored are skipped, and the import is audited.
    ///
    /// `today` bounds the dates of logs (no entry for a day still to come).
    public func importCSV(_ kind: ImportKind, from url: URL, content: TrackerContent, today: Day,
                          actor: AuditActor, now: Date = Date()) throws -> ImportReport {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw UserError("无法读取文件 \(url.relativePath)。请检查文件名和路径。")
        }
        return try importCSV(kind, data: data, path: url.relativePath, content: content, today: today,
                             actor: actor, now: now)
    }

    /// Imports CSV bytes; `path` names the file in messages.
    public func importCSV(_ kind: ImportKind, data: Data, path: String, content: TrackerContent, today: Day,
                          actor: AuditActor, now: Date = Date()) throws -> ImportReport {
        let (rows, earlier) = try ImportRow.read(kind, data: data, path: path)
        let job = ImportJob(kind: kind, path: path, rows: rows, content: content, today: today)
        return try writer.write { db in
            let plan = try job.check(db)
            let found = (earlier + plan.diagnostics).sortedByLine()
            if found.contains(where: { $0.severity == .error }) { throw DiagnosticsError(found) }
            let added = try plan.write(db, now)
            try Self.audit(db, actor: actor, action: "import \(kind.rawValue)",
                           detail: "\(path): 添加 \(added) 条，跳过 \(plan.skipped) 条", now: now)
            return ImportReport(kind: kind, path: path, added: added, skipped: plan.skipped, warnings: found)
        }
    }
}

/// One data row of an import file: its line and its values by column.
struct ImportRow {
    var line: Int
    var values: FieldValues
}

extension [Diagnostic] {
    /// Header problems first, then rows in file order; problems of one line keep their order.
    func sortedByLine() -> [Diagnostic] {
        enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
    }
}

extension ImportRow {
    /// The data rows of a CSV file of `kind`, with the problems of its encoding, quoting, header
    /// and row widths. Throws `DiagnosticsError` when no row can be read at all.
    static func read(_ kind: ImportKind, data: Data, path: String) throws -> ([ImportRow], [Diagnostic]) {
        let text: String
        do {
            text = try CSVText.decode(data)
        } catch {
            throw DiagnosticsError([.error(error.message(path: path), path: path, line: error.line)])
        }
        let scan = CSVRecords(text: text)
        var diagnostics = scan.problems.map { problem -> Diagnostic in
            switch problem {
            case let .unterminatedQuote(line):
                .error("这一行开始的英文双引号 \" 没有结束，从这里到文件末尾都无法读取。请检查是否少写了一个引号。",
                       path: path, line: line)
            case let .textAfterQuote(line):
                .error("引号结束后直接跟了其他文字。格子里的引号要写成两个 \"\"；用 Excel 重新另存为 CSV 可以自动改好。",
                       path: path, line: line)
            }
        }
        let records = scan.records.filter { !$0.isBlank }
        guard let headerRecord = records.first else {
            if diagnostics.isEmpty {
                diagnostics.append(.error("文件是空的。第一行应为列名：\(kind.columnList)。", path: path, line: 1))
            }
            throw DiagnosticsError(diagnostics)
        }
        let (header, headerDiagnostics) = CSVHeader.read(headerRecord, kind: kind, path: path)
        diagnostics += headerDiagnostics
        guard let header else { throw DiagnosticsError(diagnostics.sortedByLine()) }

        var rows: [ImportRow] = []
        for record in records.dropFirst() {
            guard record.fields.count == header.width else {
                diagnostics.append(.error("这一行有 \(record.fields.count) 格，但表头有 \(header.width) 列。"
                    + "请检查是否多了或少了逗号；格子里有逗号时，要用英文双引号把整格括起来。",
                    path: path, line: record.line))
                continue
            }
            rows.append(ImportRow(line: record.line, values: header.values(of: record)))
        }
        if records.count == 1 {
            // Nothing to import is a mistake (the wrong file, or rows lost on saving), not a success.
            diagnostics.append(.error("文件只有表头，没有数据行。请在表头下面每行填写一条记录后再导入。",
                                      path: path, line: headerRecord.line))
            throw DiagnosticsError(diagnostics.sortedByLine())
        }

        return (rows, diagnostics)
    }
}

import CampaignCore
import Foundation
import GRDB

extension TrackerDatabase {
    /// A new school year: the roster of `previous` carries on into `term` with every class one grade
    /// up (its name too, where the name holds the grade), and classes in the last grade of their
    /// school end. Officers and assignments carry on as they are. Running it again changes nothing.
    public func rollover(to term: TermCalendar, from previous: TermCalendar, dryRun: Bool, actor: AuditActor,
                         now: Date = Date()) throws -> RosterPlan {
        guard previous.end < term.start else {
            throw UserError("学期 \(previous.id) 不在 \(term.id) 之前，无法从它升级。请检查 --to。")
        }
        return try writer.write { db in
            var editor = RosterEditor(term: term, dryRun: dryRun)
            let versions = try VersionTable.classes.all(db)
            let classes = try Row.fetchAll(db, sql: """
                SELECT c.id, s.code, c.code FROM schoolClass c JOIN school s ON s.id = c.schoolId ORDER BY s.code, c.code
                """)
            for row in classes {
                let id: Int64 = try row.decode(atIndex: 0)
                let who = "班级 \(try row.decode(atIndex: 1) as String)/\(try row.decode(atIndex: 2) as String)"
                let list = versions[id] ?? []
                // Only classes on the previous term's roster that nothing has ended before this term.
                guard let before = list.first(where: { $0.covers(previous.end) }),
                      let current = list.first(where: { $0.covers(term.start) }) else { continue }
                let name = RosterEditor.text(before.values[0]), grade = RosterEditor.text(before.values[1])
                switch GradeLadder.step(from: grade) {
                case .leaves:
                    editor.record(.end(.classes, id: id), .end, "\(who)（\(name)）：\(grade)毕业")
                case let .next(next):
                    let renamed = GradeLadder.rename(name, from: grade, to: next)
                    let target = [renamed.databaseValue, next.databaseValue, current.values[2]]
                    let (text, patch) = RosterEditor.differences(.classes, old: current.values, new: target)
                    guard !text.isEmpty else { continue }
                    editor.record(.set(.classes, id: id, values: patch), .change, "\(who)：\(text)")
                case .unknown:
                    editor.plan.warnings.append("\(who)（\(name)）的年级“\(grade)”无法自动升级，名单照旧。"
                        + "如需修改：campaign class set --school … --class … --from \(term.id) --grade 新年级。")
                }
            }
            if !dryRun {
                try editor.apply(db, at: AuditEntry.timestamp(now))
                try Self.audit(db, actor: actor, action: "roster rollover",
                               detail: "\(previous.id) → \(term.id)：\(editor.plan.counts)", now: now)
            }
            return editor.plan
        }
    }
}

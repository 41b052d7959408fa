import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign roster rollover --to T [--dry-run]`
struct Roster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "把名单带入新学年。",
        subcommands: [Rollover.self])

    struct Rollover: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "把上一学期的名单复制到新学期，每个班升一个年级。",
            discussion: """
                一年级→二年级 … 六年级，七年级/初一 … 九年级/初三，高一 … 高三；学校最高年级的班结束（毕业）。
                班级名称中含有年级的随年级改变（七年级(3)班 → 八年级(3)班）。人员和服务关系不变。
                列出每一项变化；再运行一次不会有任何变化。
                """)

        @Option(help: ArgumentHelp("新学期，例如 2027-autumn（Content/calendar 中的一个文件）。", valueName: "term"))
        var to: String
        @Flag(name: .customLong("dry-run"), help: "只列出变化，不写入。") var dryRun = false
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: !dryRun) {
                let content = try options.loadContent()
                let term = try content.requireTerm(id: to)
                guard let previous = content.calendars.last(where: { $0.end < term.start }) else {
                    throw UserError("Content/calendar 中没有 \(term.id) 之前的学期，无法升级。")
                }
                let plan = try options.openExistingDatabase().rollover(to: term, from: previous, dryRun: dryRun,
                                                                       actor: options.actor)
                printDocument(plan.text)
            }
        }
    }
}

/// `--from T` of the single roster edits.
struct FromTerm: ParsableArguments {
    @Option(help: ArgumentHelp("从哪个学期起生效，例如 2026-autumn。", valueName: "term"))
    var from: String
}

extension DatabaseOptions {
    /// Makes one roster edit from the term named by `--from` and prints what changed.
    func apply(_ edit: RosterEdit, from: FromTerm) throws {
        try reportingErrors(writes: true) {
            let term = try loadContent().requireTerm(id: from.from)
            let plan = try openExistingDatabase().edit(edit, from: term, actor: actor)
            printDocument(plan.text)
        }
    }
}

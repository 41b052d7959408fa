import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign visit log|void|list`
struct Visit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit",
        abstract: "登记、作废和列出护校民警等人员的到校记录（每周到校）。",
        subcommands: [Log.self, VoidEntry.self, List.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记一次到校，显示它的编号。")

        @Option(help: "人员编号。") var officer: String
        @Option(help: "学校代码；这位人员须在该学期服务这所学校。") var school: String
        @Option(help: "到校日期，YYYY-MM-DD：须是上课日，不能晚于今天。") var date: String
        @Option(help: "备注。") var note: String?
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: true) {
                let content = try options.loadContent()
                let entry = NewVisit(officer: officer, school: school, date: date, note: note)
                let result = try options.openDatabase().log(entry, content: content, today: .todayInChina,
                                                            actor: options.actor)
                print(result.isNew ? "已登记到校，编号 \(result.id)。" : "这一天的到校已经登记过，编号 \(result.id)，没有重复登记。")
            }
        }
    }

    struct VoidEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "作废一条到校记录：记录保留，但不再计数。")

        @OptionGroup var arguments: VoidArguments

        func run() throws {
            try arguments.run(noun: "到校记录") { try $0.voidVisit(id: $1, reason: $2, actor: $3) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出到校记录（含已作废的）。")

        @Option(help: "只列出这位人员（编号）。") var officer: String?
        @OptionGroup var arguments: ListArguments

        func run() throws {
            try arguments.run(officer: officer) { EntryListing.render(try $0.visits($1), as: $2) }
        }
    }
}

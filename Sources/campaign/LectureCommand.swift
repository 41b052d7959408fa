import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign lecture log|void|list`
struct Lecture: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lecture",
        abstract: "登记、作废和列出法治副校长、护校民警的专题宣讲。",
        subcommands: [Log.self, VoidEntry.self, List.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "登记一次宣讲，显示它的编号。")

        @Option(help: "人员编号。") var officer: String
        @Option(help: "学校代码；这位人员须在该学期服务这所学校。") var school: String
        @Option(help: "宣讲日期，YYYY-MM-DD：须是上课日，不能晚于今天。") var date: String
        @Option(help: "主题。") var topic: String
        @Option(help: "听众人数。") var audience: Int?
        @Option(help: "课时数，1 到 20（默认 1）。") var hours: Int?
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: true) {
                let content = try options.loadContent()
                let entry = NewLecture(officer: officer, school: school, date: date, topic: topic, audience: audience,
                                       hours: hours)
                let result = try options.openDatabase().log(entry, content: content, today: .todayInChina,
                                                            actor: options.actor)
                print(result.isNew ? "已登记宣讲，编号 \(result.id)。" : "这次宣讲已经登记过，编号 \(result.id)，没有重复登记。")
            }
        }
    }

    struct VoidEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "作废一条宣讲记录：记录保留，但不再计数。")

        @OptionGroup var arguments: VoidArguments

        func run() throws {
            try arguments.run(noun: "宣讲记录") { try $0.voidLecture(id: $1, reason: $2, actor: $3) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出宣讲记录（含已作废的）。")

        @Option(help: "只列出这位人员（编号）。") var officer: String?
        @OptionGroup var arguments: ListArguments

        func run() throws {
            try arguments.run(officer: officer) { EntryListing.render(try $0.lectures($1), as: $2) }
        }
    }
}

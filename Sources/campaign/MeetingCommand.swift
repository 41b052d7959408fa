import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign meeting log|void|list`
struct Meeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "登记、作废和列出防欺凌主题班会。",
        subcommands: [Log.self, VoidEntry.self, List.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "登记一次班会，显示它的编号。")

        @Option(help: "学校代码。") var school: String
        @Option(name: .customLong("class"), help: "班级代码。") var schoolClass: String
        @Option(help: "班会日期，YYYY-MM-DD：须是上课日，不能晚于今天。") var date: String
        @Option(help: "使用的班会材料：Content/kits 下的文件夹名或材料标题。") var kit: String?
        @Option(help: "主讲人。") var teacher: String?
        @Option(help: "参加人数。") var attendance: Int?
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try reportingErrors(writes: true) {
                let content = try options.loadContent()
                let entry = NewMeeting(school: school, schoolClass: schoolClass, date: date, kit: kit,
                                       teacher: teacher, attendance: attendance)
                let result = try options.openDatabase().log(entry, content: content, today: .todayInChina,
                                                            actor: options.actor)
                print(result.isNew ? "已登记班会，编号 \(result.id)。" : "这次班会已经登记过，编号 \(result.id)，没有重复登记。")
            }
        }
    }

    struct VoidEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "void",
            abstract: "作废一条班会记录：记录保留，但不再计数。")

        @OptionGroup var arguments: VoidArguments

        func run() throws {
            try arguments.run(noun: "班会记录") { try $0.voidMeeting(id: $1, reason: $2, actor: $3) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出班会记录（含已作废的）。")

        @OptionGroup var arguments: ListArguments

        func run() throws {
            try arguments.run() { EntryListing.render(try $0.meetings($1), as: $2) }
        }
    }
}

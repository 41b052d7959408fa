import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign meeting log|void|list`
struct Meeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting",
        abstract: "Log, void and list anti-bullying class meetings (主题班会).",
        subcommands: [Log.self, VoidEntry.self, List.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log one class meeting and print its id.")

        @Option(help: "The school code (学校代码).") var school: String
        @Option(name: .customLong("class"), help: "The class code (班级代码).") var schoolClass: String
        @Option(help: "The date it was held, YYYY-MM-DD: a school day, not after today.") var date: String
        @Option(help: "The kit used: a folder name under Content/kits.") var kit: String?
        @Option(help: "Who led it (主讲人).") var teacher: String?
        @Option(help: "How many students took part.") var attendance: Int?
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
            abstract: "Void a meeting entry: it is kept in the record but no longer counts.")

        @OptionGroup var arguments: VoidArguments

        func run() throws {
            try arguments.run(noun: "班会记录") { try $0.voidMeeting(id: $1, reason: $2, actor: $3) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List meeting entries, voided ones included.")

        @OptionGroup var arguments: ListArguments

        func run() throws {
            try arguments.run() { EntryListing.render(try $0.meetings($1), as: $2) }
        }
    }
}

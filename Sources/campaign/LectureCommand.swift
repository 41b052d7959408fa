import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign lecture log|void|list`
struct Lecture: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lecture",
        abstract: "Log, void and list officers' anti-bullying lectures (专题宣讲).",
        subcommands: [Log.self, VoidEntry.self, List.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Log one lecture and print its id.")

        @Option(help: "The officer's code (编号).") var officer: String
        @Option(help: "The school code (学校代码); the officer must be assigned to it.") var school: String
        @Option(help: "The date it was given, YYYY-MM-DD: a school day, not after today.") var date: String
        @Option(help: "The topic (主题).") var topic: String
        @Option(help: "How many people listened.") var audience: Int?
        @Option(help: "课时 (lesson periods) it took, 1 to 20 (default 1).") var hours: Int?
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
            abstract: "Void a lecture entry: it is kept in the record but no longer counts.")

        @OptionGroup var arguments: VoidArguments

        func run() throws {
            try arguments.run(noun: "宣讲记录") { try $0.voidLecture(id: $1, reason: $2, actor: $3) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List lecture entries, voided ones included.")

        @Option(help: "Only this officer (code).") var officer: String?
        @OptionGroup var arguments: ListArguments

        func run() throws {
            try arguments.run(officer: officer) { EntryListing.render(try $0.lectures($1), as: $2) }
        }
    }
}

import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign visit log|void|list`
struct Visit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit",
        abstract: "Log, void and list officers' visits to schools (护校民警每周到校).",
        subcommands: [Log.self, VoidEntry.self, List.self])

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Log one visit and print its id.")

        @Option(help: "The officer's code (编号).") var officer: String
        @Option(help: "The school code (学校代码); the officer must serve it that term.") var school: String
        @Option(help: "The date, YYYY-MM-DD: a school day, not after today.") var date: String
        @Option(help: "A note (备注).") var note: String?
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
            abstract: "Void a visit entry: it is kept in the record but no longer counts.")

        @OptionGroup var arguments: VoidArguments

        func run() throws {
            try arguments.run(noun: "到校记录") { try $0.voidVisit(id: $1, reason: $2, actor: $3) }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List visit entries, voided ones included.")

        @Option(help: "Only this officer (code).") var officer: String?
        @OptionGroup var arguments: ListArguments

        func run() throws {
            try arguments.run(officer: officer) { EntryListing.render(try $0.visits($1), as: $2) }
        }
    }
}

import ArgumentParser
import CampaignCore
import Foundation
import Tracking

/// `campaign roster rollover --to T [--dry-run]`
struct Roster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "Carry the roster into a new school year.",
        subcommands: [Rollover.self])

    struct Rollover: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the previous term's roster to a new term with every grade advanced.",
            discussion: """
                一年级→二年级 … 六年级, 七年级/初一 … 九年级/初三, 高一 … 高三; a class in the last grade of its
                school ends. A class name that contains its grade follows it (七年级(3)班 → 八年级(3)班).
                Officers and assignments carry on. Prints every change; running it again changes nothing.
                """)

        @Option(help: ArgumentHelp("The new term, e.g. 2027-autumn (a file in Content/calendar).", valueName: "term"))
        var to: String
        @Flag(name: .customLong("dry-run"), help: "Print the changes and write nothing.") var dryRun = false
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
    @Option(help: ArgumentHelp("The first term the change holds for, e.g. 2026-autumn.", valueName: "term"))
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

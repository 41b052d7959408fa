import ArgumentParser

@main
struct Campaign: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "campaign",
        abstract: "Publish the anti-bullying campaign site and track class meetings and officer lectures.",
        subcommands: [
            Build.self, Render.self, New.self, Letter.self,
            Import.self, Roster.self, ClassCommand.self, OfficerCommand.self, Assign.self, Unassign.self,
            Meeting.self, Lecture.self, Visit.self, Check.self, Audit.self, Demo.self,
            Serve.self, User.self, Db.self,
        ]
    )
}

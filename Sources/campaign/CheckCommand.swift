import ArgumentParser

// Placeholder until the tracking commands land.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check")
}

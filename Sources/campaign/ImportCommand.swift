import ArgumentParser

// Placeholder until the tracking commands land.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import")
}

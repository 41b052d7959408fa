import ArgumentParser

// Placeholder until the tracking commands land.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "demo")
}

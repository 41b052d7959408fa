import ArgumentParser

// Placeholder until the tracking commands land.
struct Meeting: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting")
}

import ArgumentParser

// Placeholder until the tracking commands land.
struct Lecture: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lecture")
}

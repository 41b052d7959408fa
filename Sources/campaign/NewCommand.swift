import ArgumentParser

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new")
}

import ArgumentParser

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build")
}

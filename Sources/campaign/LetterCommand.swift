import ArgumentParser

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "letter")
}

import ArgumentParser
import CampaignCore
import Foundation
import Publishing

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render Markdown from standard input to HTML exactly as the site does.")

    func run() throws {
        let text = TextFile.normalize(FileHandle.standardInput.readDataToEndOfFile())
        do {
            FileHandle.standardOutput.write(Data(try MarkdownLimits.checkedHTML(from: text).utf8))
        } catch let error as DiagnosticsError {
            report(error.diagnostics)
            throw ExitCode.failure
        }
    }
}

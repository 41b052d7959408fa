import ArgumentParser
import CampaignCore
import Foundation
import Publishing

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "把标准输入中的 Markdown 按网站的方式转成 HTML。")

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

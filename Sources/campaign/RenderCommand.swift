import ArgumentParser
import Foundation
import Publishing

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render Markdown from standard input to HTML exactly as the site does.")

    func run() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let text = String(decoding: data, as: UTF8.self)
        let problems = MarkdownLimits.problems(in: text)
        if let first = problems.first {
            printError("<stdin>:\(first.line ?? 1): error: \(first.message)")
            throw ExitCode.failure
        }
        let markdown = Markdown(text)
        if markdown.depth > MarkdownLimits.maxDepth {
            printError("<stdin>:1: error: 内容嵌套超过 \(MarkdownLimits.maxDepth) 层。请减少列表或引用的嵌套。")
            throw ExitCode.failure
        }
        FileHandle.standardOutput.write(Data(markdown.html().utf8))
    }
}

import ArgumentParser
import CampaignCore
import Foundation

/// `YYYY-MM-DD` as a command-line value.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}

/// Where the Markdown sources are.
struct ContentOptions: ParsableArguments {
    @Option(help: "内容文件夹：Markdown 源文件、校历和规则。")
    var content: String = "Content"

    var contentURL: URL { URL(fileURLWithPath: content) }
}

/// Prints a library's diagnostics the way compilers do, one per line on standard error.
func report(_ diagnostics: [Diagnostic]) {
    for d in diagnostics {
        FileHandle.standardError.write(Data((d.description + "\n").utf8))
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

import ArgumentParser
import CampaignCore
import Foundation
import Server

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the site and the registration app under /app/ (rebuilds the site when files change).",
        discussion: """
            Builds the site into a temporary folder with a live-reload script, serves it at / and the app \
            (sign-in, lecture and meeting logging, compliance, letter previews) at /app/. Create the first \
            account with `campaign user add --username admin --role admin` (password on standard input).
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("The theme folder: templates, assets, site.yaml and app/.", valueName: "dir"))
    var site = "Site"

    @Flag(name: .customLong("secure-cookies"),
          help: "Mark cookies Secure even without X-Forwarded-Proto: https (behind an https proxy).")
    var secureCookies = false

    @Flag(name: .customLong("trust-proxy"),
          help: "Take the client address from X-Forwarded-For (only behind a reverse proxy you run).")
    var trustProxy = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port 应为 1 到 65535 之间的数字。") }
    }

    func run() async throws {
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("campaign-serve-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: output) }
        do {
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            var configuration = ServerConfiguration(contentFolder: URL(fileURLWithPath: database.content),
                                                    siteFolder: URL(fileURLWithPath: site))
            configuration.secureCookies = secureCookies
            configuration.trustForwardedFor = trustProxy
            configuration.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
            let server = DevelopmentServer(configuration: configuration, database: try database.openDatabase(),
                                           host: host, port: port, output: output.appendingPathComponent("site"),
                                           report: { line in
                                               // Unbuffered, so a log file shows each line at once.
                                               FileHandle.standardOutput.write(Data((line + "\n").utf8))
                                           })
            try await server.run()
        } catch let error as DiagnosticsError {
            report(error.diagnostics)
            printError("网站没有启动：发现 \(error.errors.count) 个错误。请按上面的提示修改后重试。")
            throw ExitCode.failure
        } catch let error as UserError {
            printError("错误：\(error.message)")
            throw ExitCode.failure
        }
    }
}

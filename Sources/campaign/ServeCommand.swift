import ArgumentParser
import CampaignCore
import Foundation
import Server
import Tracking

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "启动网站和 /app/ 下的登记应用（文件改动后自动重新生成网站）。",
        discussion: """
            把网站生成到临时文件夹（带自动刷新），在 / 提供网站，在 /app/ 提供应用（登录、登记宣讲和班会、\
            查看落实情况、预览家长信）。第一个账号用 campaign user add --username admin --role admin 创建\
            （密码从标准输入读取）；campaign demo 会建好演示账号。
            """)

    @Option(help: "监听的地址。")
    var host = "127.0.0.1"

    @Option(help: "监听的端口。")
    var port = 8080

    @OptionGroup var database: DatabaseOptions

    @Option(help: ArgumentHelp("主题文件夹：模板、静态文件、site.yaml 和 app/。", valueName: "dir"))
    var site = "Site"

    @Flag(name: .customLong("secure-cookies"),
          help: "即使没有 X-Forwarded-Proto: https 也给 Cookie 加 Secure 标记（在 https 反向代理之后使用）。")
    var secureCookies = false

    @Flag(name: .customLong("trust-proxy"),
          help: "从 X-Forwarded-For 取客户端地址（只在自己管理的反向代理之后使用）。")
    var trustProxy = false

    @Option(name: .customLong("public-url"),
            help: ArgumentHelp("浏览器访问网站用的地址，例如 https://fangqiling.example.edu.cn：写明其他主机名的请求会被拒绝，表单也必须来自这个地址。", valueName: "url"))
    var publicURL: String?

    @Option(name: .customLong("header-timeout"),
            help: ArgumentHelp("连接发送请求头的时限（秒）；空闲的连接也在这之后关闭。", valueName: "seconds"))
    var headerTimeout: Double = 10

    @Option(name: .customLong("idle-timeout"),
            help: ArgumentHelp("读取表单时连接可以不发送任何数据的时限（秒）。", valueName: "seconds"))
    var idleTimeout: Double = 30

    @Option(name: .customLong("max-connections"), help: "同时打开的连接数上限；多出的连接等待有连接关闭。")
    var maxConnections = 512

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port 应为 1 到 65535 之间的数字。") }
        if let publicURL, PublicAddress(publicURL) == nil {
            throw ValidationError("--public-url 应为网站的地址，例如 https://fangqiling.example.edu.cn（只写协议、域名和端口）。")
        }
        guard headerTimeout > 0, headerTimeout <= 3600 else {
            throw ValidationError("--header-timeout 应为 0 到 3600 之间的秒数。")
        }
        guard idleTimeout > 0, idleTimeout <= 3600 else { throw ValidationError("--idle-timeout 应为 0 到 3600 之间的秒数。") }
        guard maxConnections >= 1 else { throw ValidationError("--max-connections 至少为 1。") }
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
            configuration.publicAddress = publicURL.flatMap(PublicAddress.init)
            configuration.headerTimeout = .milliseconds(Int64(headerTimeout * 1000))
            configuration.idleTimeout = .milliseconds(Int64(idleTimeout * 1000))
            configuration.maxConnections = maxConnections
            configuration.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .current
            // Web requests wait only briefly for another program's write, then say 请稍后再试.
            let tracker = try TrackerDatabase.open(path: database.databasePath,
                                                   busyTimeout: configuration.databaseBusyTimeout)
            let server = DevelopmentServer(configuration: configuration, database: tracker,
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

import CampaignCore
import Foundation
import Mustache

/// The theme's Mustache templates (Site/templates), loaded once per build.
public struct Templates: Sendable {
    let library: MustacheLibrary
    static let required = ["home", "kit", "document", "list", "search", "404", "extra", "print"]

    public static func load(from siteDirectory: URL, displayPath: String) async throws -> Templates {
        let folder = siteDirectory.appendingPathComponent("templates")
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: folder.path)
        } catch let error as MustacheLibrary.ParserError {
            throw DiagnosticsError([.error("模板有语法错误：\(error.error)。", path: "\(displayPath)/templates/\(error.filename)",
                                           line: error.context.lineNumber)])
        } catch {
            throw DiagnosticsError([.error("无法读取模板文件夹。请检查 --site 指向的主题文件夹。", path: "\(displayPath)/templates")])
        }
        let missing = required.filter { library.getTemplate(named: $0) == nil }
        if !missing.isEmpty {
            throw DiagnosticsError(missing.map {
                .error("缺少模板 \($0).mustache。", path: "\(displayPath)/templates/\($0).mustache")
            })
        }
        return Templates(library: library)
    }

    public func render(_ context: [String: Any], with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}

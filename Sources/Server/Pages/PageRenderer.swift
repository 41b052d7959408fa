import CampaignCore
import Foundation
import Hummingbird
import Mustache

/// The app's Mustache templates (`Site/app/*.mustache`). `{{…}}` escapes HTML; only rendered
/// Markdown goes through `{{{…}}}`.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary
    static let required = ["login", "lectures", "meetings", "compliance", "letters", "letter", "message",
                           "app-header", "app-footer"]

    /// Loads the templates from the theme folder; a missing or broken template is an error naming it.
    public static func load(siteFolder: URL) async throws -> PageRenderer {
        let folder = siteFolder.appendingPathComponent("app")
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: folder.path)
        } catch let error as MustacheLibrary.ParserError {
            throw UserError("\(folder.path)/\(error.filename):\(error.context.lineNumber): error: 模板有语法错误：\(error.error)。")
        } catch {
            throw UserError("无法读取网页模板文件夹 \(folder.path)。请用 --site 指向主题文件夹（其中应有 app/ 子文件夹）。")
        }
        let missing = required.filter { library.getTemplate(named: $0) == nil }
        if !missing.isEmpty {
            throw UserError("主题文件夹 \(folder.path) 缺少模板：\(missing.map { "\($0).mustache" }.joined(separator: "、"))。")
        }
        return PageRenderer(library: library)
    }

    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// An HTML response that no cache keeps.
    func page(_ name: String, _ context: [String: Any], status: HTTPResponse.Status = .ok) -> Response {
        Response.html(render(name, context), status: status)
    }
}

extension Response {
    static func html(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status,
                 headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// 303 See Other: after a form, the browser loads the page with GET.
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
    }
}

import CampaignCore
import Foundation
import Hummingbird
import Logging
import Tracking

/// Turns every error into a page with one plain Chinese sentence and the right status, never a
/// stack trace. Unexpected errors are logged for the operator.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as PageError {
            return page(error, context)
        } catch let error as UserError {
            return page(PageError(.unprocessableContent, error.message), context)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound:
                return page(.notFound, context)
            case .methodNotAllowed:
                return page(PageError(.methodNotAllowed, "这个网址不接受这种请求。请从页面上的按钮提交。"), context)
            case .contentTooLarge:
                return page(PageError(.contentTooLarge, "提交的内容太多了。请缩短后再提交。"), context)
            case .badRequest:
                return page(PageError(.badRequest, "请求的格式不对。请回到页面重新提交。"), context)
            default:
                context.logger.error("request failed: \(error.status.code) \(TerminalSafe.text(error.body ?? ""))")
                return page(PageError(error.status, "服务器暂时无法处理这个请求。请稍后再试。"), context)
            }
        } catch where TrackerDatabase.isBusy(error) {
            // Another program held the database through the whole busy timeout (SQLite retried
            // until then): nothing was written, and trying again shortly will work.
            context.logger.notice("database busy: \(request.method) \(TerminalSafe.text(request.uri.path))")
            var response = page(Self.busy, context)
            response.headers[.retryAfter] = "5"
            return response
        } catch {
            context.logger.error("request failed: \(TerminalSafe.text(String(reflecting: error)))")
            return page(PageError(.internalServerError, "服务器出错了，这次提交没有完成。请稍后再试；如果一再出现，请联系管理员。"),
                        context)
        }
    }

    static let busy = PageError(.serviceUnavailable, "系统正忙，这次没有保存也没有读取任何记录。请稍后再试。")

    private func page(_ error: PageError, _ context: Context) -> Response {
        var page = PageContext(user: context.user, title: error.status == .forbidden ? "没有权限" : "出错了")
        page["message"] = error.message
        page["isForbidden"] = error.status == .forbidden
        return services.pages.renderer.page("message", page.values, status: error.status)
    }
}

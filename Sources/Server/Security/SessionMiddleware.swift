import Foundation
import Hummingbird
import Logging
import Tracking

/// Finds the signed-in user from the session cookie. A forged, malformed or expired cookie simply
/// means nobody is signed in.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[SessionCookie.session]?.value, !token.isEmpty {
            do {
                context.user = try services.sessions.user(token: token, now: services.now)
            } catch where TrackerDatabase.isBusy(error) {
                // Who this is stays unknown for now: 请稍后再试, not a silent sign-out.
                throw error
            } catch {
                context.logger.error("session lookup failed: \(String(describing: error))")
                context.user = nil
            }
        }
        return try await next(request, context)
    }
}

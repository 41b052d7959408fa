import Foundation
import Hummingbird

/// Refuses a state-changing request unless it comes from one of our own pages: its Origin (or,
/// without one, its Referer) must name this host, and its form must carry the session's token
/// (before signing in: the token of the login cookie). Reads the form into the context.
/// The origin's scheme counts: a form from `http://` is refused by a site served over https.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let services: AppServices
    static let formField = "csrf"
    static let maxFormBytes = 64 * 1024

    static let refusal = PageError.forbidden("这个请求没有通过安全校验，已被拒绝。请回到页面刷新后重新提交。")

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method) else {
            return try await next(request, context)
        }
        guard Self.isSameOrigin(request, secure: services.isSecure(request),
                                publicAddress: services.configuration.publicAddress) else { throw Self.refusal }
        var request = request
        var context = context
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: Self.maxFormBytes)
        } catch {
            throw PageError(.contentTooLarge, "提交的内容太多了。请缩短后再提交。")
        }
        context.form = FormData(urlEncoded: String(buffer: body))
        let expected = context.user?.csrfToken ?? request.cookies[SessionCookie.loginCSRF]?.value
        guard let expected, !expected.isEmpty, let sent = context.form.fields[Self.formField],
              SessionToken.constantTimeEqual(sent, expected) else {
            throw Self.refusal
        }
        return try await next(request, context)
    }

    /// The Origin header, else the Referer's origin, must be this server's `scheme://host[:port]`: the
    /// public address when one is configured, else the host as the browser sent it, over https when
    /// the request came over https (`secure`), else http.
    static func isSameOrigin(_ request: Request, secure: Bool, publicAddress: PublicAddress? = nil) -> Bool {
        let claimed: String
        if let origin = request.headers[.origin] {
            claimed = origin
        } else if let referer = request.headers[.referer] {
            claimed = referer
        } else {
            return false
        }
        guard let url = URL(string: claimed) else { return false }
        if let publicAddress { return publicAddress.matches(origin: url) }
        guard let host = request.head.authority, !host.isEmpty,
              let expected = PublicAddress((secure ? "https://" : "http://") + host) else { return false }
        return expected.matches(origin: url)
    }
}

import Hummingbird

/// With a public address configured, refuses requests whose Host header names another host (421): a
/// forged Host cannot reach the site or poison what it shows.
struct HostCheckMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let publicAddress: PublicAddress

    static let refusal = PageError(.misdirectedRequest, "这个网址不是本网站的地址。请用网站的正式地址访问。")

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let authority = request.head.authority, publicAddress.matches(authority: authority) else {
            throw Self.refusal
        }
        return try await next(request, context)
    }
}

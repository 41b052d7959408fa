import HTTPTypes
import Hummingbird

/// Headers that keep the app's pages out of frames and stop content sniffing.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.xFrameOptions] = "DENY"
        response.headers[.referrerPolicy] = "same-origin"
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = "default-src 'self'; frame-ancestors 'none'; form-action 'self'"
        }
        return response
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name(constant: "X-Frame-Options")
    static let referrerPolicy = HTTPField.Name(constant: "Referrer-Policy")
    static let xForwardedFor = HTTPField.Name(constant: "X-Forwarded-For")
    static let xForwardedProto = HTTPField.Name(constant: "X-Forwarded-Proto")

    /// A header name written in the code: always a valid token.
    init(constant name: String) {
        guard let valid = HTTPField.Name(name) else { preconditionFailure("not a header name: \(name)") }
        self = valid
    }
}

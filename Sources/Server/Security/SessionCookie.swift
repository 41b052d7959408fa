import Foundation
import Hummingbird

/// The cookies the app sets: HttpOnly, SameSite=Strict, limited to /app, Secure over https.
enum SessionCookie {
    static let session = "campaign_session"
    /// Before signing in: the token the login form must echo (double submit).
    static let loginCSRF = "campaign_csrf"

    static func make(_ name: String, value: String, maxAge: Int?, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/app", secure: secure, httpOnly: true,
               sameSite: .strict)
    }

    /// Tells the browser to forget a cookie.
    static func cleared(_ name: String, secure: Bool) -> Cookie {
        make(name, value: "", maxAge: 0, secure: secure)
    }
}

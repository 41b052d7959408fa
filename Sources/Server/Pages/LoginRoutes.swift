import CampaignCore
import Foundation
import Hummingbird
import Tracking

/// Signing in and out.
struct LoginRoutes {
    let services: AppServices

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("login", use: showLogin)
        group.post("login", use: logIn)
        group.post("logout", use: logOut)
        group.get { _, context in
            Response.seeOther(context.user?.role.homePath ?? "/app/login")
        }
    }

    @Sendable func showLogin(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let user = context.user { return .seeOther(user.role.homePath) }
        return loginPage(request, message: nil, username: "", status: .ok)
    }

    @Sendable func logIn(_ request: Request, context: AppRequestContext) async throws -> Response {
        let username = context.form["username"] ?? ""
        let password = context.form.fields["password"] ?? ""
        let address = services.clientAddress(request, context)
        let now = services.now
        guard !username.isEmpty, !password.isEmpty else {
            return loginPage(request, message: "请填写用户名和密码。", username: username, status: .unprocessableContent)
        }
        guard services.passwordChecks.hasRoom else { return busy(request, username: username, context: context) }
        // Checked and counted in one step, before bcrypt: parallel guesses cannot all pass.
        if case .refused(let wait) = try await services.throttle.admit(username: username, address: address, now: now) {
            let seconds = Int(wait.rounded(.up))
            var response = loginPage(request, message: "登录失败次数太多，请 \(seconds) 秒后再试。", username: username,
                                     status: .tooManyRequests)
            response.headers[.retryAfter] = String(seconds)
            return response
        }
        let verified: Account?
        do {
            verified = try await services.passwordChecks.verify(username: username, password: password)
        } catch {
            // The password was not checked: the attempt does not count.
            try await services.throttle.withdraw(username: username, address: address, now: now)
            guard error is PasswordCheckPool.Busy else { throw error }
            return busy(request, username: username, context: context)
        }
        guard let account = verified, let accountId = account.id else {
            context.logger.notice("failed sign-in for \(TerminalSafe.text(username)) from \(address)")
            return loginPage(request, message: "用户名或密码不对，或账号已停用。", username: username, status: .unauthorized)
        }
        try await services.throttle.recordSuccess(username: username, address: address, now: now)
        let token = try services.sessions.start(accountId: accountId, address: address, now: now)
        try await services.database.writer.write { db in
            try AccountStore.audit(db, actor: AuditActor(name: "web:\(account.username)", address: address),
                                   action: "sign in", detail: "账号 \(account.username) 登录", now: now)
        }
        let secure = services.isSecure(request)
        var response = Response.seeOther(account.role.homePath)
        response.setCookie(SessionCookie.make(SessionCookie.session, value: token,
                                              maxAge: Int(services.configuration.sessionPolicy.absoluteTimeout),
                                              secure: secure))
        response.setCookie(SessionCookie.cleared(SessionCookie.loginCSRF, secure: secure))
        return response
    }

    @Sendable func logOut(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let user = context.user {
            try services.sessions.end(sessionId: user.sessionId)
            let actor = services.actor(user, request, context)
            try await services.database.writer.write { db in
                try AccountStore.audit(db, actor: actor, action: "sign out", detail: "账号 \(user.username) 退出",
                                       now: services.now)
            }
        }
        var response = Response.seeOther("/app/login")
        response.setCookie(SessionCookie.cleared(SessionCookie.session, secure: services.isSecure(request)))
        return response
    }

    /// No room to check a password now: said at once, the form kept.
    private func busy(_ request: Request, username: String, context: AppRequestContext) -> Response {
        context.logger.debug("sign-in refused, too many at once: \(TerminalSafe.text(username))")
        var response = loginPage(request, message: "登录的人太多，请稍后再试。", username: username,
                                 status: .serviceUnavailable)
        response.headers[.retryAfter] = "1"
        return response
    }

    /// The login form, with a fresh anti-forgery cookie when the browser has none.
    private func loginPage(_ request: Request, message: String?, username: String,
                           status: HTTPResponse.Status) -> Response {
        var token = request.cookies[SessionCookie.loginCSRF]?.value ?? ""
        let isNew = !SessionToken.isWellFormed(token)
        if isNew { token = SessionToken.random() }
        var page = PageContext(user: nil, title: "登录", csrf: token)
        page["message"] = message
        page["username"] = username
        var response = services.pages.renderer.page("login", page.values, status: status)
        if isNew {
            response.setCookie(SessionCookie.make(SessionCookie.loginCSRF, value: token, maxAge: nil,
                                                  secure: services.isSecure(request)))
        }
        return response
    }
}

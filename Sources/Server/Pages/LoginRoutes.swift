import Foundation
import Hummingbird
import NIOPosix
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
        let wait = try services.throttle.wait(username: username, address: address, now: now)
        if wait > 0 {
            let seconds = Int(wait.rounded(.up))
            return loginPage(request, message: "登录失败次数太多，请 \(seconds) 秒后再试。", username: username,
                             status: .tooManyRequests)
        }
        // bcrypt takes a good part of a second on purpose: off the threads that serve requests.
        let accounts = services.accounts
        let verified = try await NIOThreadPool.singleton.runIfActive {
            try accounts.verify(username: username, password: password)
        }
        guard let account = verified, let accountId = account.id else {
            try services.throttle.recordFailure(username: username, address: address, now: now)
            context.logger.notice("failed sign-in for \(username) from \(address)")
            return loginPage(request, message: "用户名或密码不对，或账号已停用。", username: username, status: .unauthorized)
        }
        try services.throttle.recordSuccess(username: username)
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

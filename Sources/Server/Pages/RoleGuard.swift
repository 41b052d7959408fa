/// Refuses a request from someone signed out or in another role.
enum RoleGuard {
    static func require(_ role: Role, _ context: AppRequestContext) throws -> SignedInUser {
        guard let user = context.user else { throw PageError.signInFirst }
        guard user.role == role else {
            throw PageError.forbidden("你的账号是\(user.role.label)账号，不能使用这个页面。")
        }
        return user
    }
}

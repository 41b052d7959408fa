/// The values every app page gets: title, who is signed in, the CSRF token for forms, the menu.
struct PageContext {
    private(set) var values: [String: Any] = [:]

    init(user: SignedInUser?, title: String, csrf: String? = nil) {
        values["title"] = title
        values["csrf"] = user?.csrfToken ?? csrf ?? ""
        if let user {
            values["user"] = ["username": user.username, "role": user.role.label]
            values["home"] = user.role.homePath
        }
    }

    subscript(_ key: String) -> Any? {
        get { values[key] }
        set { values[key] = newValue }
    }
}

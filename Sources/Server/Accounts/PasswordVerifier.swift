/// Checks a username and password. The app's is `BcryptVerifier`; tests put in one that counts or
/// waits.
public protocol PasswordVerifier: Sendable {
    /// The enabled account with this username and password, or nil.
    func verify(username: String, password: String) async throws -> Account?
}

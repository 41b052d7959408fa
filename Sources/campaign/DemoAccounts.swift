import CampaignCore
import Server
import Tracking

/// One web-app account per role for the demo county, all with one generated password, so that a
/// newcomer can sign in to /app/ right after `campaign demo`. There is no bureau role yet: the
/// admin account is what bureau staff would use.
struct DemoAccounts {
    /// The officer bound to `demo-officer`: 张警官, 护校民警 at QH01 and QH02.
    static let officer = "QHP01"
    /// The school of `demo-teacher`.
    static let school = "QH01"

    /// The class of `demo-teacher`: QH01's 六年级(1)班 in the school year of `term`. The demo names a
    /// class by its entry year and number (`DemoCounty.classes` in Tracking), so a sixth-grade class
    /// entered five years before the school year began.
    static func schoolClass(term: TermCalendar) -> String {
        let schoolYear = term.start.month >= 8 ? term.start.year : term.start.year - 1
        return "\(schoolYear - 5)-1"
    }

    struct Created {
        var username: String
        var role: Role
        var binding: String
    }

    let store: AccountStore
    let term: TermCalendar

    /// The accounts to make, in the order they are printed.
    var planned: [NewAccount] {
        let placeholder = ""
        return [
            NewAccount(username: "demo-admin", role: .admin, password: placeholder),
            NewAccount(username: "demo-officer", role: .officer, password: placeholder, officer: Self.officer),
            NewAccount(username: "demo-teacher", role: .teacher, password: placeholder, school: Self.school,
                       schoolClass: Self.schoolClass(term: term)),
            NewAccount(username: "demo-publicity", role: .publicity, password: placeholder),
        ]
    }

    /// Creates the accounts that do not exist yet, all with `password`; returns those created.
    func create(password: String, actor: AuditActor) throws -> [Created] {
        let existing = Set(try store.list().map { $0.username.lowercased() })
        var created: [Created] = []
        for var account in planned where !existing.contains(account.username) {
            account.password = password
            try store.add(account, actor: actor)
            let binding = account.officer.map { "人员 \($0)" }
                ?? account.schoolClass.map { "学校 \(Self.school) 班级 \($0)" } ?? "—"
            created.append(Created(username: account.username, role: account.role, binding: binding))
        }
        return created
    }

    /// Twelve characters without look-alikes (no 0/O, 1/l/I), from the system's secure generator.
    static func generatePassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}

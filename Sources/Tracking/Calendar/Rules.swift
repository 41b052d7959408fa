import CampaignCore

/// What each term and school year requires (`Content/rules.yaml`).
public struct Rules: Sendable, Equatable {
    /// Anti-bullying class meetings (主题班会) each class holds per term.
    public var classMeetingsPerTerm: Int
    /// Lectures (专题宣讲) each officer gives per term at each school they serve.
    public var officerLecturesPerTerm: Int
    /// Visits each officer of `visitRoles` makes to each school they serve, every school-day week.
    public var officerVisitsPerWeek: Int
    public var visitRoles: [Officer.Role]
    /// 课时 of law education each officer of `hoursRoles` gives per school year at each school.
    public var officerHoursPerSchoolYear: Int
    public var hoursRoles: [Officer.Role]
    /// Roles every school needs an officer of in every term (一校一警).
    public var schoolsNeedRoles: [Officer.Role]

    public init(classMeetingsPerTerm: Int = 2, officerLecturesPerTerm: Int = 1, officerVisitsPerWeek: Int = 1,
                visitRoles: [Officer.Role] = [.schoolPolice], officerHoursPerSchoolYear: Int = 4,
                hoursRoles: [Officer.Role] = [.legalVicePrincipal], schoolsNeedRoles: [Officer.Role] = [.schoolPolice]) {
        self.classMeetingsPerTerm = classMeetingsPerTerm
        self.officerLecturesPerTerm = officerLecturesPerTerm
        self.officerVisitsPerWeek = officerVisitsPerWeek
        self.visitRoles = visitRoles
        self.officerHoursPerSchoolYear = officerHoursPerSchoolYear
        self.hoursRoles = hoursRoles
        self.schoolsNeedRoles = schoolsNeedRoles
    }

    static let classMeetingsKey = "class_meetings_per_term"
    static let officerLecturesKey = "officer_lectures_per_term"
    static let visitsKey = "officer_visits_per_week"
    static let visitRolesKey = "visit_roles"
    static let hoursKey = "officer_hours_per_school_year"
    static let hoursRolesKey = "hours_roles"
    static let needRolesKey = "schools_need_roles"

    /// Reads the rules; absent keys keep their defaults.
    public static func parse(yaml text: String, path: String) -> (rules: Rules?, diagnostics: [Diagnostic]) {
        var fields = YAMLFields(text: text, path: path)
        guard fields.diagnostics.isEmpty else { return (nil, fields.diagnostics) }
        fields.warnUnknownKeys(known: [classMeetingsKey, officerLecturesKey, visitsKey, visitRolesKey, hoursKey,
                                       hoursRolesKey, needRolesKey])
        var rules = Rules()
        if let n = fields.int(classMeetingsKey, range: 0...50) { rules.classMeetingsPerTerm = n }
        if let n = fields.int(officerLecturesKey, range: 0...50) { rules.officerLecturesPerTerm = n }
        if let n = fields.int(visitsKey, range: 0...7) { rules.officerVisitsPerWeek = n }
        if let n = fields.int(hoursKey, range: 0...100) { rules.officerHoursPerSchoolYear = n }
        if let roles = roles(visitRolesKey, &fields) { rules.visitRoles = roles }
        if let roles = roles(hoursRolesKey, &fields) { rules.hoursRoles = roles }
        if let roles = roles(needRolesKey, &fields) { rules.schoolsNeedRoles = roles }
        let failed = fields.diagnostics.contains { $0.severity == .error }
        return (failed ? nil : rules, fields.diagnostics)
    }

    /// A list of roles, each one of 法治副校长, 护校民警, 法治辅导员; nil when the key is absent.
    private static func roles(_ key: String, _ fields: inout YAMLFields) -> [Officer.Role]? {
        guard fields.has(key) else { return nil }
        var roles: [Officer.Role] = []
        for (text, line) in fields.list(key) {
            guard let role = Officer.Role(rawValue: text) else {
                let known = Officer.Role.allCases.map(\.rawValue).joined(separator: "、")
                fields.error("\(key) 中的“\(text)”不是职务。可用的职务有：\(known)。", line: line)
                continue
            }
            if !roles.contains(role) { roles.append(role) }
        }
        return roles
    }
}

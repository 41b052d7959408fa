import Tracking

/// Compliance rows as template values.
enum StatusView {
    static func row(_ row: ComplianceRow) -> [String: Any] {
        [
            "schoolCode": row.schoolCode, "schoolName": row.schoolName, "county": row.county,
            "code": row.code, "name": row.name, "role": row.role ?? "",
            "held": row.held, "required": row.required,
            "status": row.status.label, "statusKey": row.status.rawValue, "isProblem": row.status.isProblem,
            "nextDue": row.nextDue?.description ?? "",
            "kind": kind(row.kind),
        ]
    }

    /// A weekly-visit row in the same shape: held and required are weeks with a visit and weeks elapsed.
    static func row(_ row: VisitRow) -> [String: Any] {
        [
            "schoolCode": row.schoolCode, "schoolName": row.schoolName, "county": row.county,
            "code": row.officerCode, "name": row.officerName, "role": row.role,
            "held": row.weeksMet, "required": row.weeksElapsed,
            "status": row.status.label, "statusKey": row.status.rawValue, "isProblem": row.status.isProblem,
            "nextDue": "", "kind": "到校（周）",
        ]
    }

    static func kind(_ kind: ComplianceRow.Kind) -> String {
        switch kind {
        case .classMeetings: "班会"
        case .officerLectures: "宣讲"
        case .officerHours: "课时（本学年）"
        }
    }
}

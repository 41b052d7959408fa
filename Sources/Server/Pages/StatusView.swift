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
            "kind": row.kind == .classMeetings ? "班会" : "宣讲",
        ]
    }
}

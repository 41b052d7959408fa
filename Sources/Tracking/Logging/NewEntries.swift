import Foundation

/// A class meeting to log, as typed on a command line or in a form.
public struct NewMeeting: Sendable, Equatable {
    public var school: String
    public var schoolClass: String
    /// `YYYY-MM-DD` (also `2026/3/5`).
    public var date: String
    public var kit: String?
    public var teacher: String?
    public var attendance: Int?

    public init(school: String, schoolClass: String, date: String, kit: String? = nil, teacher: String? = nil,
                attendance: Int? = nil) {
        self.school = school
        self.schoolClass = schoolClass
        self.date = date
        self.kit = kit
        self.teacher = teacher
        self.attendance = attendance
    }

    var fields: [String: String] {
        ["school": school, "class": schoolClass, "date": date, "kit": kit ?? "", "teacher": teacher ?? "",
         "attendance": attendance.map(String.init) ?? ""].mapValues { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// An officer's lecture to log.
public struct NewLecture: Sendable, Equatable {
    public var officer: String
    public var school: String
    public var date: String
    public var topic: String
    public var audience: Int?
    /// 课时 (lesson periods), 1 when not given.
    public var hours: Int?

    public init(officer: String, school: String, date: String, topic: String, audience: Int? = nil,
                hours: Int? = nil) {
        self.officer = officer
        self.school = school
        self.date = date
        self.topic = topic
        self.audience = audience
        self.hours = hours
    }

    var fields: [String: String] {
        ["officer": officer, "school": school, "date": date, "topic": topic,
         "audience": audience.map(String.init) ?? "", "hours": hours.map(String.init) ?? ""]
            .mapValues { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// An officer's visit to a school (到校) to log.
public struct NewVisit: Sendable, Equatable {
    public var officer: String
    public var school: String
    public var date: String
    public var note: String?

    public init(officer: String, school: String, date: String, note: String? = nil) {
        self.officer = officer
        self.school = school
        self.date = date
        self.note = note
    }

    var fields: [String: String] {
        ["officer": officer, "school": school, "date": date, "note": note ?? ""]
            .mapValues { $0.trimmingCharacters(in: .whitespaces) }
    }
}

/// The entry a log call wrote, or the identical one already stored.
public struct LogResult: Sendable, Equatable {
    public var id: Int64
    /// False when an identical entry was already stored and nothing was written.
    public var isNew: Bool

    public init(id: Int64, isNew: Bool) {
        self.id = id
        self.isNew = isNew
    }
}

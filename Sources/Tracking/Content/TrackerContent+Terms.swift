import CampaignCore

extension TrackerContent {
    public func term(id: String) -> TermCalendar? {
        calendars.first { $0.id == id }
    }

    /// The term whose dates contain `day`.
    public func term(containing day: Day) -> TermCalendar? {
        calendars.last { $0.contains(day) }
    }

    /// The term containing `day`, or else the latest term that started before it (in a vacation,
    /// the term that just ended).
    public func currentTerm(on day: Day) -> TermCalendar? {
        term(containing: day) ?? calendars.last { $0.start <= day }
    }

    /// The term with `id`, or an error listing the known ones.
    public func requireTerm(id: String) throws -> TermCalendar {
        if let term = term(id: id) { return term }
        let known = calendars.map(\.id)
        let list = known.isEmpty ? "Content/calendar 中还没有学期文件" : "已知的学期有：\(known.joined(separator: "、"))"
        throw UserError("没有找到学期“\(id)”。\(list)。")
    }

    /// Why `day` is not a school day, or nil when it is one.
    func schoolDayProblem(_ day: Day) -> String? {
        guard let term = term(containing: day) else {
            let known = calendars.map { "\($0.id)（\($0.start) 至 \($0.end)）" }.joined(separator: "、")
            let hint = known.isEmpty ? "Content/calendar 中还没有学期文件，请先添加。"
                : "已知的学期有：\(known)。请检查日期，或在 Content/calendar 中添加该学期。"
            return "日期 \(day) 不在任何已知学期内。\(hint)"
        }
        if term.isSchoolDay(day) { return nil }
        let reason: String
        if let holiday = term.holiday(on: day) {
            reason = holiday.name.map { "放假（\($0)）" } ?? "放假"
        } else {
            reason = day.isoWeekday == 6 ? "星期六" : "星期日"
        }
        return "日期 \(day) 是\(reason)，不是 \(term.id) 学期的上课日。请检查日期；如果当天确实调休上课，"
            + "请把它加到 Content/calendar/\(term.id).yaml 的 workdays 中。"
    }
}

extension TrackerContent {
    /// The school year of `term`: it and the other term of its year, when that calendar is here.
    public func schoolYear(of term: TermCalendar) -> SchoolYear {
        SchoolYear.of(term, in: calendars)
    }
}

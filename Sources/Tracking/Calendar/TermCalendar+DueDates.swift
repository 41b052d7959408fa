import CampaignCore

extension TermCalendar {
    /// The due dates of `count` activities spread over the term: with D school days, the k-th
    /// is due on school day number ceil(k·D/count). With two, the first falls at mid-term and the
    /// second on the last school day.
    public func dueDates(count: Int) -> [Day] {
        let total = schoolDays.count
        guard count > 0, total > 0 else { return [] }
        return (1...count).map { k in
            let number = (k * total + count - 1) / count
            return schoolDays[number - 1]
        }
    }
}

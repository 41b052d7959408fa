import CampaignCore

/// The demo county as CSV files, as a bureau would import them.
struct DemoFiles {
    let term: TermCalendar
    let today: Day
    let kits: [String]

    var schoolYear: Int { term.start.month >= 8 ? term.start.year : term.start.year - 1 }

    var all: [(ImportKind, String)] {
        [(.schools, schools), (.classes, classes), (.officers, officers), (.assignments, assignments),
         (.meetings, meetings), (.lectures, lectures), (.visits, visits)]
    }

    var schools: String {
        csv(["code", "name", "county", "city"],
            DemoCounty.schools.map { [$0.code, $0.name, DemoCounty.county, DemoCounty.city] })
    }

    var classes: String {
        csv(["school", "code", "name", "grade", "teacher"],
            DemoCounty.classes(schoolYear: schoolYear).map { [$0.school, $0.code, $0.name, $0.grade, $0.teacher] })
    }

    var officers: String {
        csv(["code", "name", "role", "phone"], DemoCounty.officers.map { [$0.code, $0.name, $0.role.rawValue, ""] })
    }

    var assignments: String {
        csv(["officer", "school"], DemoCounty.officers.flatMap { officer in officer.schools.map { [officer.code, $0] } })
    }

    /// Two meetings planned per class. About a third hold both early; most hold one in each half;
    /// one class in ten skips the first and a few hold it late, so that some are behind after mid-term;
    /// a few never hold the second (missed once the term is over).
    var meetings: String {
        let days = term.schoolDays
        let last = days.count - 1
        let half = days.count / 2
        var rows: [[String]] = []
        for item in DemoCounty.classes(schoolYear: schoolYear) {
            var random = SeededRandom(seed: "\(term.id)/\(item.school)/\(item.code)")
            let plan = random.int(in: 0...99)
            let planned: [Int]
            switch plan {
            case 0..<10:
                planned = [random.int(in: (half + 2)...max(half + 2, last - 2))]
            case 10..<16:
                planned = [random.int(in: (half + 3)...(half + 12)), random.int(in: (half + 14)...max(half + 14, last - 2))]
            case 16..<45:
                planned = [random.int(in: 3...max(3, half - 12)), random.int(in: max(4, half - 8)...(half + 6))]
            case 45..<52:
                planned = [random.int(in: 3...max(3, half - 3))]
            default:
                planned = [random.int(in: 3...max(3, half - 3)), random.int(in: (half + 2)...max(half + 2, last - 2))]
            }
            for index in Set(planned).sorted() where index <= last && days[index] <= today {
                let kit = random.chance(80) ? random.pick(kits) ?? "" : ""
                rows.append([item.school, item.code, days[index].description, kit, item.teacher,
                             String(random.int(in: 36...48))])
            }
        }
        return csv(["school", "class", "date", "kit", "teacher", "attendance"], rows)
    }

    /// One lecture planned per (officer, school) in the first two thirds of the term; one pair in
    /// five has none yet.
    var lectures: String {
        let days = term.schoolDays
        var rows: [[String]] = []
        for officer in DemoCounty.officers {
            for school in officer.schools {
                var random = SeededRandom(seed: "\(term.id)/\(officer.code)/\(school)")
                guard !random.chance(20) else { continue }
                let index = random.int(in: 5...max(5, days.count * 2 / 3))
                guard index < days.count, days[index] <= today else { continue }
                rows.append([officer.code, school, days[index].description,
                             random.pick(DemoCounty.topics) ?? "认识校园欺凌", String(random.int(in: 180...620))])
            }
        }
        return csv(["officer", "school", "date", "topic", "audience"], rows)
    }

    /// A school police officer comes to each school once in most school-day weeks (a school day of
    /// the week, up to today); about one week in eight is skipped, so that some are behind.
    var visits: String {
        var rows: [[String]] = []
        let weeks = SchoolWeeks(term: term).weeks
        for officer in DemoCounty.officers where officer.role == .schoolPolice {
            for school in officer.schools {
                var random = SeededRandom(seed: "\(term.id)/visits/\(officer.code)/\(school)")
                for week in weeks where !random.chance(12) {
                    let days = term.schoolDays.filter { $0 >= week.monday && $0 <= week.lastSchoolDay && $0 <= today }
                    guard let visit = random.pick(days) else { continue }
                    rows.append([officer.code, school, visit.description])
                }
            }
        }
        return csv(["officer", "school", "date"], rows)
    }

    private func csv(_ header: [String], _ rows: [[String]]) -> String {
        ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}

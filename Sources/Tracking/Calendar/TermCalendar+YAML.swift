import CampaignCore
import Yams

extension TermCalendar {
    static let knownKeys: Set<String> = ["id", "name", "start", "end", "holidays", "workdays"]

    /// Reads a term calendar file (`Content/calendar/<id>.yaml`). Every problem is reported with its line;
    /// the calendar is nil when any of them is an error.
    public static func parse(yaml text: String, path: String, expectedID: String? = nil)
        -> (calendar: TermCalendar?, diagnostics: [Diagnostic]) {
        var fields = YAMLFields(text: text, path: path)
        guard fields.diagnostics.isEmpty else { return (nil, fields.diagnostics) }
        fields.warnUnknownKeys(known: knownKeys)

        let id = fields.string("id", required: true)
        if let id, let expectedID, id != expectedID {
            fields.error("学期编号 id 是“\(id)”，但文件名是 \(expectedID).yaml。请让两者一致。",
                         line: fields.line(ofKey: "id"))
        }
        if let id, !id.isEmpty, !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
            fields.error("学期编号 id 只能用英文字母、数字和连字符，例如 2026-spring。", line: fields.line(ofKey: "id"))
        }
        let name = fields.string("name", required: true)
        let start = fields.day("start", required: true)
        let end = fields.day("end", required: true)
        if let start, let end, end < start {
            fields.error("学期结束日期 \(end) 早于开始日期 \(start)。请检查 start 和 end。", line: fields.line(ofKey: "end"))
        }
        let holidays = readHolidays(&fields)
        let workdays = readWorkdays(&fields)

        guard let id, let name, let start, let end,
              !fields.diagnostics.contains(where: { $0.severity == .error }) else {
            return (nil, fields.diagnostics)
        }
        let calendar = TermCalendar(id: id, name: name, start: start, end: end,
                                    holidays: holidays, workdays: workdays)
        if calendar.schoolDays.isEmpty {
            fields.error("这个学期一个上课日也没有。请检查 start、end 和 holidays。", line: fields.startLine)
            return (nil, fields.diagnostics)
        }
        return (calendar, fields.diagnostics)
    }

    private static func readHolidays(_ fields: inout YAMLFields) -> [Holiday] {
        guard let items = items(of: "holidays", in: &fields) else { return [] }
        var holidays: [Holiday] = []
        for item in items {
            let line = fields.line(of: item)
            if let scalar = item.scalar {
                if let day = fields.parseDay(scalar.string, key: "holidays", line: line) {
                    holidays.append(Holiday(from: day, to: day))
                }
                continue
            }
            guard let mapping = item.mapping else {
                fields.error("holidays 的每一项应为一个日期，或 {from: 开始日期, to: 结束日期, name: 名称}。", line: line)
                continue
            }
            warnUnknownItemKeys(mapping, known: ["from", "to", "date", "name"], list: "holidays", &fields)
            let name = mapping["name"]?.scalar?.string
            if let date = mapping["date"]?.scalar?.string {
                if let day = fields.parseDay(date, key: "date", line: line) {
                    holidays.append(Holiday(from: day, to: day, name: name))
                }
                continue
            }
            guard let fromText = mapping["from"]?.scalar?.string, let toText = mapping["to"]?.scalar?.string else {
                fields.error("这一项假期缺少 from 或 to。请写成 {from: 2026-04-04, to: 2026-04-06, name: 清明节}。",
                             line: line)
                continue
            }
            guard let from = fields.parseDay(fromText, key: "from", line: line),
                  let to = fields.parseDay(toText, key: "to", line: line) else { continue }
            if to < from {
                fields.error("假期的结束日期 \(to) 早于开始日期 \(from)。", line: line)
                continue
            }
            holidays.append(Holiday(from: from, to: to, name: name))
        }
        return holidays
    }

    private static func readWorkdays(_ fields: inout YAMLFields) -> [Day] {
        guard let items = items(of: "workdays", in: &fields) else { return [] }
        var workdays: [Day] = []
        for item in items {
            let line = fields.line(of: item)
            let text: String
            if let scalar = item.scalar {
                text = scalar.string
            } else if let mapping = item.mapping, let date = mapping["date"]?.scalar?.string {
                warnUnknownItemKeys(mapping, known: ["date", "name"], list: "workdays", &fields)
                text = date
            } else {
                fields.error("workdays 的每一项应为一个日期，例如 2026-05-09。", line: line)
                continue
            }
            guard let day = fields.parseDay(text, key: "workdays", line: line) else { continue }
            if !day.isWeekend {
                fields.warning("\(day) 不是周末，本来就是上课日，不必写进 workdays。", line: line)
            }
            workdays.append(day)
        }
        return workdays
    }

    private static func items(of key: String, in fields: inout YAMLFields) -> [Node]? {
        guard let node = fields.node(key) else { return nil }
        if let scalar = node.scalar {
            if scalar.style == .plain && ["", "~", "null"].contains(scalar.string) { return nil }
            return [node]
        }
        guard let sequence = node.sequence else {
            fields.error("\(key) 应为列表，每项一行，以“- ”开头。", line: fields.line(of: node))
            return nil
        }
        return Array(sequence)
    }

    private static func warnUnknownItemKeys(_ mapping: Node.Mapping, known: Set<String>, list: String,
                                            _ fields: inout YAMLFields) {
        for (key, _) in mapping {
            guard let name = key.scalar?.string, !known.contains(name) else { continue }
            fields.warning("\(list) 中不认识的设置项“\(name)”，已忽略。可用的有：\(known.sorted().joined(separator: ", "))。",
                           line: fields.line(of: key))
        }
    }
}

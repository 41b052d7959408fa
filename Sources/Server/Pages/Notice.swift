/// The line shown after a redirect: what the last form did.
enum Notice {
    case logged(String)
    case repeated(String)
    case voided(String)
    case visited(String)
    case revisited(String)

    init?(query: FormData) {
        if let id = query["logged"], Int(id) != nil {
            self = .logged(id)
        } else if let id = query["repeat"], Int(id) != nil {
            self = .repeated(id)
        } else if let id = query["voided"], Int(id) != nil {
            self = .voided(id)
        } else if let id = query["visited"], Int(id) != nil {
            self = .visited(id)
        } else if let id = query["revisited"], Int(id) != nil {
            self = .revisited(id)
        } else {
            return nil
        }
    }

    func text(noun: String) -> String {
        switch self {
        case .logged(let id): "已登记，\(noun)记录编号 \(id)。"
        case .repeated(let id): "这条\(noun)已经登记过（编号 \(id)），没有重复登记。"
        case .voided(let id): "\(noun)记录 \(id) 已作废。"
        case .visited(let id): "已登记今天到校，记录编号 \(id)。"
        case .revisited(let id): "今天到这所学校已经登记过（编号 \(id)），没有重复登记。"
        }
    }
}

import ArgumentParser
import Tracking

/// `campaign officer set|end --officer P --from T`
struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officer",
        abstract: "从某学期起修改或结束一位法治副校长、护校民警等人员（以前的学期保持原样）。",
        subcommands: [Set.self, End.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "从某学期起设置人员的姓名、职务或电话；人员不存在时新增。")

        @Option(help: "人员编号。") var officer: String
        @OptionGroup var from: FromTerm
        @Option(help: "姓名。") var name: String?
        @Option(help: "职务：法治副校长、护校民警或法治辅导员。") var role: Officer.Role?
        @Option(help: "工作电话。") var phone: String?
        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if name == nil && role == nil && phone == nil {
                throw ValidationError("请至少写 --name、--role、--phone 中的一项。")
            }
        }

        func run() throws {
            try options.apply(.setOfficer(code: officer, name: name, role: role, phone: phone), from: from)
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "从某学期起结束一位人员及其全部服务关系；原有记录保留。")

        @Option(help: "人员编号。") var officer: String
        @OptionGroup var from: FromTerm
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try options.apply(.endOfficer(code: officer), from: from)
        }
    }
}

extension Officer.Role: ExpressibleByArgument {}

/// `campaign assign --officer P --school S --from T`
struct Assign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "从某学期起安排一位人员服务一所学校。")

    @Option(help: "人员编号。") var officer: String
    @Option(help: "学校代码。") var school: String
    @OptionGroup var from: FromTerm
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try options.apply(.assign(officer: officer, school: school), from: from)
    }
}

/// `campaign unassign --officer P --school S --from T`
struct Unassign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "从某学期起结束一位人员对一所学校的服务关系；原有记录保留。")

    @Option(help: "人员编号。") var officer: String
    @Option(help: "学校代码。") var school: String
    @OptionGroup var from: FromTerm
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try options.apply(.unassign(officer: officer, school: school), from: from)
    }
}

import ArgumentParser
import Tracking

/// `campaign officer set|end --officer P --from T`
struct OfficerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "officer",
        abstract: "Change or end one officer from a term on (earlier terms keep what was true then).",
        subcommands: [Set.self, End.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set an officer's name, role or phone from a term on; adds the officer when new.")

        @Option(help: "The officer's code (编号).") var officer: String
        @OptionGroup var from: FromTerm
        @Option(help: "The name (姓名).") var name: String?
        @Option(help: "法治副校长, 护校民警 or 法治辅导员.") var role: Officer.Role?
        @Option(help: "A work phone (电话).") var phone: String?
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
            abstract: "End an officer and all their assignments before a term; their records are kept.")

        @Option(help: "The officer's code (编号).") var officer: String
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
        abstract: "Assign an officer to a school from a term on.")

    @Option(help: "The officer's code (编号).") var officer: String
    @Option(help: "The school code (学校代码).") var school: String
    @OptionGroup var from: FromTerm
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try options.apply(.assign(officer: officer, school: school), from: from)
    }
}

/// `campaign unassign --officer P --school S --from T`
struct Unassign: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "End an officer's assignment to a school before a term; their records are kept.")

    @Option(help: "The officer's code (编号).") var officer: String
    @Option(help: "The school code (学校代码).") var school: String
    @OptionGroup var from: FromTerm
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        try options.apply(.unassign(officer: officer, school: school), from: from)
    }
}

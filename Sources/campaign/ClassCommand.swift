import ArgumentParser
import Tracking

/// `campaign class set|end --school S --class C --from T`
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: "Change or end one class from a term on (earlier terms keep what was true then).",
        subcommands: [Set.self, End.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a class's name, grade or class teacher from a term on; adds the class when it is new.")

        @Option(help: "The school code (学校代码).") var school: String
        @Option(name: .customLong("class"), help: "The class code (班级代码), e.g. 2026级3班.") var code: String
        @OptionGroup var from: FromTerm
        @Option(help: "The class name (班级名称).") var name: String?
        @Option(help: "The grade (年级).") var grade: String?
        @Option(help: "The class teacher (班主任).") var teacher: String?
        @OptionGroup var options: DatabaseOptions

        func validate() throws {
            if name == nil && grade == nil && teacher == nil {
                throw ValidationError("请至少写 --name、--grade、--teacher 中的一项。")
            }
        }

        func run() throws {
            try options.apply(.setClass(school: school, code: code, name: name, grade: grade, teacher: teacher),
                              from: from)
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "End a class before a term (graduated, merged or closed); its records are kept.")

        @Option(help: "The school code (学校代码).") var school: String
        @Option(name: .customLong("class"), help: "The class code (班级代码).") var code: String
        @OptionGroup var from: FromTerm
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try options.apply(.endClass(school: school, code: code), from: from)
        }
    }
}

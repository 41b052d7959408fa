import ArgumentParser
import Tracking

/// `campaign class set|end --school S --class C --from T`
struct ClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
        abstract: "从某学期起修改或结束一个班（以前的学期保持原样）。",
        subcommands: [Set.self, End.self])

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "从某学期起设置班级名称、年级或班主任；班级不存在时新增。")

        @Option(help: "学校代码。") var school: String
        @Option(name: .customLong("class"), help: "班级代码，例如 2026级3班。") var code: String
        @OptionGroup var from: FromTerm
        @Option(help: "班级名称，例如 七年级(3)班。") var name: String?
        @Option(help: "年级，例如 七年级。") var grade: String?
        @Option(help: "班主任。") var teacher: String?
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
            abstract: "从某学期起结束一个班（毕业、合并或撤销）；原有记录保留。")

        @Option(help: "学校代码。") var school: String
        @Option(name: .customLong("class"), help: "班级代码。") var code: String
        @OptionGroup var from: FromTerm
        @OptionGroup var options: DatabaseOptions

        func run() throws {
            try options.apply(.endClass(school: school, code: code), from: from)
        }
    }
}

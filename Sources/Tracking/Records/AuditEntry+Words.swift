/// The audit's machine-readable verbs (`log meeting`, `import classes`) in the words a bureau
/// clerk reads.
extension AuditEntry {
    /// `登记班会` for `log meeting`; a verb this version does not know is shown as it is.
    public var actionText: String {
        if let phrase = Self.phrases[action] { return phrase }
        let words = action.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2, let verb = Self.verbs[words[0]], let object = Self.objects[words[1]] else {
            return action
        }
        return verb + object
    }

    /// Where the change came from: the web client's address, or 命令行.
    public var place: String {
        address ?? "命令行"
    }

    private static let phrases = [
        "sign in": "登录", "sign out": "退出登录", "reset password": "重设密码", "demo": "生成演示数据",
        "class set": "修改班级", "class end": "班级结束", "officer set": "修改人员", "officer end": "人员离任",
        "assign": "分配学校", "unassign": "取消分配", "roster rollover": "学年升级", "void visit": "作废到校记录",
    ]

    /// `import meetings`, `log meeting`, `add account`: a verb and an object.
    private static let verbs = ["import": "导入", "log": "登记", "void": "作废", "add": "添加", "disable": "停用"]

    private static let objects = [
        "schools": "学校", "classes": "班级", "officers": "人员", "assignments": "服务关系",
        "meetings": "班会记录", "lectures": "宣讲记录", "visits": "到校记录",
        "meeting": "班会", "lecture": "宣讲", "visit": "到校", "account": "账号",
    ]
}

extension FieldReader {
    /// A meeting's kit, given by folder name or title, as its folder name; nil when empty, or when
    /// unknown after recording a problem that suggests the closest kits.
    mutating func kit(_ column: String, content: TrackerContent) -> String? {
        guard let value = text(column) else { return nil }
        if let slug = content.kitSlug(for: value) { return slug }
        let closest = content.closestKits(to: value)
        if closest.isEmpty {
            let examples = content.kits.sorted().prefix(3).joined(separator: "、")
            problem("班会材料“\(value)”不存在。请填写材料包的标题或 Content/kits 下的文件夹名"
                + (examples.isEmpty ? "" : "（例如 \(examples)）") + "，或留空。")
        } else {
            problem("班会材料“\(value)”不存在。最接近的是：\(closest.joined(separator: "、"))。"
                + "请填写材料包的标题或文件夹名，或留空。")
        }
        return nil
    }
}

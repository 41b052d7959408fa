import CampaignCore

/// A horizontal 100 % stacked bar per line (班会, 宣讲), drawn as inline SVG with a <title> for
/// screen readers and one per segment for pointer hover.
enum DashboardChart {
    static let labelWidth = 56
    static let barWidth = 300
    static let barHeight = 22
    static let rowHeight = 34

    static func svg(id: String, heading: String, lines: [(String, String, [ComplianceStatus: Int])]) -> String {
        let height = rowHeight * lines.count
        let width = labelWidth + barWidth
        let summary = lines.map { (what: String, unit: String, counts: [ComplianceStatus: Int]) -> String in
            let total = DashboardGroup.total(counts)
            let parts = ComplianceStatus.allCases.map { status -> String in
                "\(status.label) \(counts[status] ?? 0)"
            }.joined(separator: "，")
            return "\(what) \(total) \(unit)：\(parts)"
        }.joined(separator: "；")
        var svg = "<figure class=\"dash-chart\">\n"
        svg += "<svg class=\"dash-bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-title\">\n"
        svg += "<title id=\"\(id)-title\">\(HTML.escape(heading))：\(HTML.escape(summary))</title>\n"
        for (index, (what, _, counts)) in lines.enumerated() {
            let top = index * rowHeight + (rowHeight - barHeight) / 2
            svg += "<text class=\"dash-label\" x=\"0\" y=\"\(top + barHeight / 2 + 5)\" font-size=\"14\">\(what)</text>\n"
            svg += bar(counts, x: labelWidth, y: top)
        }
        svg += "</svg>\n</figure>\n"
        return svg
    }

    /// Segments whose edges are rounded from the running total, so that they always fill the bar exactly.
    private static func bar(_ counts: [ComplianceStatus: Int], x: Int, y: Int) -> String {
        let total = DashboardGroup.total(counts)
        guard total > 0 else {
            return "<rect class=\"dash-none\" x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" "
                + "fill=\"#e0e0e0\"><title>无</title></rect>\n"
        }
        var out = ""
        var running = 0
        for status in ComplianceStatus.allCases {
            let count = counts[status] ?? 0
            guard count > 0 else { continue }
            let start = x + running * barWidth / total
            running += count
            let end = x + running * barWidth / total
            out += "<rect class=\"dash-\(status.rawValue)\" x=\"\(start)\" y=\"\(y)\" width=\"\(end - start)\" "
                + "height=\"\(barHeight)\" fill=\"\(DashboardHTML.color(status))\">"
                + "<title>\(status.label) \(DashboardGroup.share(count, of: total))</title></rect>\n"
        }
        return out
    }
}

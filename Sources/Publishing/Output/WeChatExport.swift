import CampaignCore
import Foundation

/// A letter as one HTML fragment for a WeChat official-account editor: inline styles only (the
/// editor strips <style>, <link>, classes and scripts), no external images, no outside links.
public enum WeChatExport {
    static let styles: [String: String] = [
        "p": "margin:0 0 1em;line-height:1.75;font-size:16px;color:#333;",
        "h1": "margin:1.2em 0 0.6em;font-size:20px;line-height:1.4;color:#222;",
        "h2": "margin:1.2em 0 0.6em;font-size:18px;line-height:1.4;color:#1a5c3a;",
        "h3": "margin:1em 0 0.5em;font-size:17px;line-height:1.4;color:#222;",
        "h4": "margin:1em 0 0.5em;font-size:16px;color:#222;",
        "ul": "margin:0 0 1em;padding-left:1.5em;line-height:1.75;font-size:16px;color:#333;",
        "ol": "margin:0 0 1em;padding-left:1.5em;line-height:1.75;font-size:16px;color:#333;",
        "li": "margin:0.25em 0;",
        "blockquote": "margin:0 0 1em;padding:0.5em 1em;border-left:4px solid #2e7d4f;background:#f3f8f4;color:#555;",
        "strong": "font-weight:bold;color:#222;",
        "em": "font-style:italic;",
        "code": "font-family:monospace;background:#f4f4f4;padding:0 3px;",
        "pre": "margin:0 0 1em;padding:0.75em;background:#f4f4f4;white-space:pre-wrap;font-size:14px;",
        "hr": "border:none;border-top:1px solid #ddd;margin:1.5em 0;",
    ]

    /// A page to open in a browser, select all and paste: its body is the fragment alone, and
    /// its head has no <style>, <link> or <script>.
    public static func page(title: String, issue: Int, date: String, bodyHTML: String, pageURL: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>第\(issue)期：\(escape(title))（公众号排版）</title>\n</head>\n<body>\n"
            + fragment(title: title, issue: issue, date: date, bodyHTML: bodyHTML, pageURL: pageURL)
            + "</body>\n</html>\n"
    }

    /// `bodyHTML` is what libcmark rendered (raw HTML already omitted), so every tag is one of its own.
    public static func fragment(title: String, issue: Int, date: String, bodyHTML: String, pageURL: String) -> String {
        var out = "<section style=\"max-width:677px;margin:0 auto;font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;\">\n"
        out += "<p style=\"margin:0 0 0.5em;font-size:14px;color:#888;\">致家长的一封信 · 第\(issue)期 · \(date)</p>\n"
        out += "<h1 style=\"\(styles["h1"] ?? "")\">\(escape(title))</h1>\n"
        out += inlineStyles(bodyHTML)
        out += "<p style=\"margin:2em 0 0;font-size:14px;color:#888;\">网页版：\(escape(pageURL))</p>\n</section>\n"
        return out
    }

    /// Adds inline styles to cmark's tags; links become styled text; images become a note.
    static func inlineStyles(_ html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count * 2)
        var rest = html[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "<")) {
            out += rest[..<open]
            guard let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: ">")) else { break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            out += restyle(tag)
        }
        out += rest
        return out
    }

    static func restyle(_ tag: Substring) -> String {
        let closing = tag.hasPrefix("/")
        let name = (closing ? tag.dropFirst() : tag).prefix { $0.isLetter || $0.isNumber }.lowercased()
        if tag.hasPrefix("!--") { return "" }
        switch name {
        case "a":
            return closing ? "</span>" : "<span style=\"color:#1a5c3a;\">"
        case "img":
            let alt = attribute("alt", in: tag) ?? "图片"
            return "<span style=\"color:#888;\">［图片：\(alt)，请在编辑器中另行上传］</span>"
        default:
            if closing { return "</\(name)>" }
            guard let style = styles[name] else { return "<\(tag)>" }
            let selfClosing = tag.hasSuffix("/")
            return "<\(name) style=\"\(style)\"\(selfClosing ? " /" : "")>"
        }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: "\(name)=\"") else { return nil }
        let value = tag[range.upperBound...].prefix { $0 != "\"" }
        return String(value)
    }

    static func escape(_ s: String) -> String { HTML.escape(s) }
}

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
    /// Works on UTF-8 bytes: this runs over every letter of a site with thousands of them.
    static func inlineStyles(_ html: String) -> String {
        var out: [UInt8] = []
        var html = html
        html.withUTF8 { bytes in
            out.reserveCapacity(bytes.count * 2)
            var i = 0
            while i < bytes.count {
                guard let open = bytes[i...].firstIndex(of: UInt8(ascii: "<")) else {
                    out.append(contentsOf: bytes[i...])
                    return
                }
                out.append(contentsOf: bytes[i..<open])
                guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: ">")) else {
                    out.append(contentsOf: bytes[open...])
                    return
                }
                restyle(UnsafeBufferPointer(rebasing: bytes[(open + 1)..<close]), into: &out)
                i = close + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the restyled form of one tag (the bytes between `<` and `>`).
    static func restyle(_ tag: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        func isAlphanumeric(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }
        if tag.starts(with: "!--".utf8) { return }  // a comment: dropped
        let closing = tag.first == UInt8(ascii: "/")
        let nameBytes = tag.dropFirst(closing ? 1 : 0).prefix(while: isAlphanumeric)
        let name = String(decoding: nameBytes, as: UTF8.self).lowercased()
        switch name {
        case "a":
            out.append(contentsOf: (closing ? "</span>" : "<span style=\"color:#1a5c3a;\">").utf8)
        case "img":
            let alt = attribute("alt", in: Substring(String(decoding: tag, as: UTF8.self))) ?? "图片"
            out.append(contentsOf: "<span style=\"color:#888;\">［图片：\(alt)，请在编辑器中另行上传］</span>".utf8)
        default:
            if closing {
                out.append(contentsOf: "</\(name)>".utf8)
            } else if let style = styles[name] {
                let selfClosing = tag.last == UInt8(ascii: "/")
                out.append(contentsOf: "<\(name) style=\"\(style)\"\(selfClosing ? " /" : "")>".utf8)
            } else {
                out.append(UInt8(ascii: "<"))
                out.append(contentsOf: tag)
                out.append(UInt8(ascii: ">"))
            }
        }
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let range = tag.range(of: "\(name)=\"") else { return nil }
        let value = tag[range.upperBound...].prefix { $0 != "\"" }
        return String(value)
    }

    static func escape(_ s: String) -> String { HTML.escape(s) }
}

import CampaignCore

/// The frame of a printed report: A4 pages with margins, page numbers where the browser supports
/// them, tables that repeat their heading on every page, one school per page in a ledger.
enum ReportPage {
    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title))</title>
        <style>
        body { font-family: "Noto Serif CJK SC", "Songti SC", serif; line-height: 1.6; margin: 2em auto; max-width: 60em; padding: 0 1em; }
        .issuer { text-align: center; color: #b71c1c; font-size: 1.6em; letter-spacing: .2em; border-bottom: 2px solid #b71c1c; padding-bottom: .3em; }
        h1 { text-align: center; font-size: 1.4em; }
        h2 { font-size: 1.15em; }
        table { border-collapse: collapse; width: 100%; font-size: .9em; margin: 1em 0; }
        th, td { border: 1px solid #555; padding: .25em .4em; vertical-align: top; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        tr.total { font-weight: bold; }
        s { color: #666; }
        .issuer-line { text-align: right; margin-top: 2em; }
        .stamp { font-size: .8em; color: #555; border-top: 1px solid #999; margin-top: 2em; padding-top: .5em; word-break: break-all; }
        .school { break-before: page; }
        .school:first-of-type { break-before: auto; }
        @page { size: A4; margin: 18mm 15mm; @bottom-center { content: counter(page) " / " counter(pages); } }
        @media print { body { margin: 0; max-width: none; } }
        </style>
        </head>
        <body>

        """
    }

    static let tail = "</body>\n</html>\n"

    static func stamp(_ stamp: ReportStamp) -> String {
        "<p class=\"stamp\">学期：\(HTML.escape(stamp.termName))（\(HTML.escape(stamp.termID))）；统计截至 \(stamp.asOf)；"
            + "生成于 \(stamp.madeAt)（北京时间）；数据摘要 SHA-256：\(stamp.digest)</p>\n"
    }
}

import Foundation

/// Finds personal data that must never be published in a case study: resident ID numbers with a
/// valid GB 11643 check digit, and mainland mobile numbers.
public enum PersonalData {
    public struct Finding: Equatable, Sendable {
        public var line: Int
        public var message: String
    }

    private static let idPattern = try? NSRegularExpression(
        pattern: #"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"#)
    private static let mobilePattern = try? NSRegularExpression(
        pattern: #"(?<![0-9])1[3-9][0-9]([- ]?)[0-9]{4}\1[0-9]{4}(?![0-9])"#)

    /// Findings in `text`; lines count from `firstLine`.
    public static func findings(in text: String, firstLine: Int = 1) -> [Finding] {
        var result: [Finding] = []
        var lineNumber = firstLine - 1
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            // Both patterns need at least 11 digits on the line; most lines have none.
            var digits = 0
            for byte in line where byte >= 0x30 && byte <= 0x39 { digits += 1 }
            guard digits >= 11 else { continue }
            let s = String(decoding: line, as: UTF8.self)
            let range = NSRange(s.startIndex..., in: s)
            for match in idPattern?.matches(in: s, range: range) ?? [] {
                guard let r = Range(match.range, in: s) else { continue }
                let number = String(s[r])
                if isValidResidentID(number) {
                    result.append(Finding(line: lineNumber,
                        message: "疑似居民身份证号码（\(number.prefix(6))……）。案例必须匿名，不得出现任何个人信息。请删除这个号码。"))
                }
            }
            for match in mobilePattern?.matches(in: s, range: range) ?? [] {
                guard let r = Range(match.range, in: s) else { continue }
                result.append(Finding(line: lineNumber,
                    message: "疑似手机号码（\(s[r].prefix(3))……）。案例必须匿名，不得出现任何个人信息。请删除这个号码。"))
            }
        }
        return result
    }

    /// GB 11643: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexes "10X98765432".
    public static func isValidResidentID(_ number: String) -> Bool {
        let chars = Array(number.uppercased())
        guard chars.count == 18 else { return false }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (i, w) in weights.enumerated() {
            guard let d = chars[i].wholeNumberValue, chars[i].isASCII else { return false }
            sum += d * w
        }
        let check = Array("10X98765432")[sum % 11]
        return chars[17] == check
    }
}

// libFuzzer target: decoding a CSV file's bytes (UTF-8 or GB18030, or a located refusal) and
// splitting the text into records with their lines.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func csvFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let text: String
    do {
        text = try CSVText.decode(bytes)
    } catch {
        if let line = error.line { precondition(line >= 1, "a refusal names a line from 1") }
        return 0
    }
    precondition(CSVText.byteOrderMarkLine(text) == nil, "a decoded text keeps no byte order mark")
    let records = CSVRecords(text: text)
    var lastLine = 0
    for record in records.records {
        precondition(record.line > lastLine, "record lines must rise")
        lastLine = record.line
    }
    return 0
}

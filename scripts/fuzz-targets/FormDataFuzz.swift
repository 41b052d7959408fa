// libFuzzer target: decoding an application/x-www-form-urlencoded body.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func formDataFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let form = FormData(urlEncoded: body)
    for name in form.fields.keys {
        if let value = form[name] { precondition(!value.isEmpty, "a present value is never blank") }
    }
    return 0
}

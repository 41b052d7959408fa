import Hummingbird

/// A refusal or a failure shown to the user as one plain Chinese sentence.
public struct PageError: Error, Equatable, CustomStringConvertible {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { message }

    public static func forbidden(_ message: String) -> PageError { PageError(.forbidden, message) }

    public static let signInFirst = PageError(.forbidden, "请先登录。没有登录不能登记或查看记录。")
    public static let notFound = PageError(.notFound, "找不到这个页面。请检查网址，或从首页重新进入。")
}

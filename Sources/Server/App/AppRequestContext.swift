import Hummingbird
import NIOCore

/// Per-request state: the client's socket address, the signed-in user found by the session
/// middleware, and the submitted form read by the CSRF middleware.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public var user: SignedInUser?
    public var form = FormData()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}

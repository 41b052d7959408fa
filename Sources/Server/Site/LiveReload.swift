import Hummingbird

/// Development only: `/_reload.js`, which the site's pages load when built with `devReload`, polls
/// `/_reload/version` and reloads the page when the number changes after a rebuild.
public final class LiveReload: Sendable {
    private let version = Locked(1)

    public init() {}

    public var current: Int { version.withLock { $0 } }

    /// Called after each successful rebuild.
    public func bump() {
        version.withLock { $0 += 1 }
    }

    static let script = """
        (function () {
          var seen = null;
          function poll() {
            fetch("/_reload/version", { cache: "no-store" })
              .then(function (r) { return r.text(); })
              .then(function (v) {
                if (seen === null) { seen = v; } else if (v !== seen) { location.reload(); return; }
                setTimeout(poll, 1000);
              })
              .catch(function () { setTimeout(poll, 2000); });
          }
          poll();
        })();

        """

    func add(to router: Router<AppRequestContext>) {
        router.get("_reload.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: Self.script)))
        }
        router.get("_reload/version") { [self] _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: String(current))))
        }
    }
}

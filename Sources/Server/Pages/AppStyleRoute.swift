import Foundation
import Hummingbird

/// `/app/app.css`, the app's few extra styles, read from the theme's `app/` folder.
struct AppStyleRoute {
    let services: AppServices

    func add(to group: RouterGroup<AppRequestContext>) {
        group.get("app.css") { _, _ in
            let url = services.configuration.siteFolder.appendingPathComponent("app/app.css")
            let css = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            return Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "no-cache"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: css)))
        }
    }
}

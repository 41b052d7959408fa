import Hummingbird

/// Runs the rest of the request on the app's own threads (`AppExecutor`).
struct AppExecutorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let executor: AppExecutor

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        try await withTaskExecutorPreference(executor) {
            try await next(request, context)
        }
    }
}

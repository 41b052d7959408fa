import CampaignCore

extension SiteSnapshot {
    /// The problems in the bodies of documents whose front matter has errors, found as a
    /// published document's would be.
    static func bodyDiagnostics(of flawed: [FlawedDocument], renderer: DocumentRenderer,
                                isPublished: @escaping @Sendable (Document) -> Bool) async -> [Diagnostic] {
        let checked = flawed.filter(\.checkBody)
        guard !checked.isEmpty else { return [] }
        let rendered = await checked.parallelMap { flawed in
            renderer.render(flawed.document, published: isPublished(flawed.document),
                            lintDuration: !flawed.durationUnreadable)
        }
        return rendered.flatMap(\.diagnostics)
    }
}

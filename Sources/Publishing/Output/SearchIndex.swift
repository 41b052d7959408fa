import Foundation

/// Runs Pagefind (PyPI package pagefind-bin-extended, which segments Chinese) over a built site.
public enum SearchIndex {
    /// Indexes `site` in place. Returns nil on success, or a sentence saying why no index was made.
    public static func run(on site: URL) -> String? {
        guard let command = locate() else {
            return "未找到 Pagefind，网站的搜索页暂不可用。安装方法：python3 -m pip install pagefind-bin-extended"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst()) + ["--site", site.path, "--silent"]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
            let message = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationStatus != 0 {
                return "Pagefind 生成搜索索引失败：\(String(decoding: message, as: UTF8.self))"
            }
            return nil
        } catch {
            return "无法运行 Pagefind：\(error)"
        }
    }

    /// `CAMPAIGN_PAGEFIND`, then `pagefind_extended` on PATH, then the Python package's module.
    static func locate() -> [String]? {
        let env = ProcessInfo.processInfo.environment
        if let explicit = env["CAMPAIGN_PAGEFIND"], !explicit.isEmpty {
            return explicit == "none" ? nil : [explicit]
        }
        let path = (env["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for dir in path {
            for name in ["pagefind_extended", "pagefind"] {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return [candidate] }
            }
        }
        for dir in path {
            let python = "\(dir)/python3"
            guard FileManager.default.isExecutableFile(atPath: python) else { continue }
            let probe = Process()
            probe.executableURL = URL(fileURLWithPath: python)
            probe.arguments = ["-c", "import pagefind_bin_extended"]
            probe.standardOutput = FileHandle.nullDevice
            probe.standardError = FileHandle.nullDevice
            guard (try? probe.run()) != nil else { continue }
            probe.waitUntilExit()
            if probe.terminationStatus == 0 { return [python, "-m", "pagefind_bin_extended"] }
            return nil
        }
        return nil
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Server

/// Issue 16, finding 12: the Host header and the Origin against the site's configured address.
@Suite struct PublicAddressTests {
    @Test func parsesOnlyAnAddressOfScheme_host_port() throws {
        #expect(PublicAddress("https://Fangqiling.Example.edu.cn/")?.description == "https://fangqiling.example.edu.cn")
        #expect(PublicAddress("http://10.0.0.5:8080")?.description == "http://10.0.0.5:8080")
        for bad in ["ftp://x.cn", "https://x.cn/app/", "x.cn", "https://user@x.cn", "https://x.cn?a=1", ""] {
            #expect(PublicAddress(bad) == nil, "\(bad)")
        }
    }

    @Test func hostHeadersMatchWithTheDefaultPort() throws {
        let address = try #require(PublicAddress("https://school.example.cn"))
        #expect(address.matches(authority: "school.example.cn"))
        #expect(address.matches(authority: "SCHOOL.example.cn:443"))
        for bad in ["school.example.cn:8443", "evil.cn", "school.example.cn@evil.cn", "evil.cn/school.example.cn",
                    "school.example.cn.evil.cn", ""] {
            #expect(!address.matches(authority: bad), "\(bad)")
        }
        #expect(address.matches(origin: try #require(URL(string: "https://school.example.cn"))))
        #expect(!address.matches(origin: try #require(URL(string: "http://school.example.cn"))))
    }

    @Test func requestsForAnotherHostAreRefusedStaticFilesIncluded() async throws {
        let app = try await TestApp { $0.publicAddress = PublicAddress("https://school.example.cn") }
        try await app.test { client async throws in
            // The test client always sends Host: localhost.
            for path in ["/app/login", "/assets/style.css"] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .misdirectedRequest)
                #expect(response.text.contains("这个网址不是本网站的地址。请用网站的正式地址访问。"))
            }
        }
    }

    @Test func withAnAddressFormsMustComeFromExactlyIt() async throws {
        let app = try await TestApp { $0.publicAddress = PublicAddress("http://localhost") }
        try await app.test { client async throws in
            let browser = Browser(client)
            #expect(try await browser.get("/app/login").status == .ok)
            let fields = [("username", "officer1"), ("password", TestApp.password)]
            #expect(try await browser.post("/app/login", fields, origin: "https://localhost").status == .forbidden)
            #expect(try await browser.post("/app/login", fields, origin: "http://localhost:8080").status == .forbidden)
            #expect(try await browser.post("/app/login", fields, origin: "http://localhost").status == .seeOther)
        }
    }
}

import Testing
@testable import CampaignCore

@Suite struct DayTests {
    @Test func parsesStrictISODates() {
        #expect(Day(iso: "2026-03-02")?.description == "2026-03-02")
        #expect(Day(iso: "2026-02-30") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2024-1-5") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "２０２６-01-01") == nil)
    }

    @Test func isoWeekdaysStartOnMonday() throws {
        #expect(try #require(Day(iso: "2026-03-02")).isoWeekday == 1)
        #expect(try #require(Day(iso: "2026-05-09")).isoWeekday == 6)
        #expect(try #require(Day(iso: "2026-01-04")).isoWeekday == 7)
        #expect(try #require(Day(iso: "1970-01-01")).isoWeekday == 4)
    }

    @Test func ordinalRoundTrips() throws {
        let d = try #require(Day(iso: "2025-12-31"))
        #expect(d.adding(days: 1).description == "2026-01-01")
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(try #require(Day(iso: "2024-02-28")).adding(days: 1).description == "2024-02-29")
        #expect(Day(ordinal: 0).description == "1970-01-01")
    }
}

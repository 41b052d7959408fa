/// A school without an officer of a role every school needs in the term (一校一警).
public struct UncoveredSchool: Sendable, Equatable {
    public var county: String
    public var code: String
    public var name: String
    /// The roles it has no officer of, in the order of the rules.
    public var missing: [String]
}

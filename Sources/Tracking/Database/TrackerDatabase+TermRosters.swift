import GRDB

extension TrackerDatabase {
    /// The first day of time: a roster version valid "from the beginning".
    static let beginning = "0001-01-01"
    /// `recordedAt` of rows that existed before rosters had history: known on every day.
    static let alwaysKnown = "0001-01-01T00:00:00Z"

    /// v4: rosters that change by term, with history, plus weekly visits and lecture hours.
    ///
    /// A class, an officer and an assignment keep one identity row (and their logs) for good; what is
    /// true of them (a class's name, grade and 班主任; an officer's name, role and phone; whether an
    /// assignment is in force) is a *version*, valid from a day (a term's first day) until another
    /// (exclusive; NULL while open). Versions are never changed or deleted: a change retires the rows
    /// it replaces (`retiredAt`) and records new ones (`recordedAt`), so the roster can be read as it
    /// was known at the end of any day.
    static func registerTermRosters(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v4: term rosters, visits and hours") { db in
            try db.execute(sql: """
                CREATE TABLE classVersion (
                    id INTEGER PRIMARY KEY,
                    classId INTEGER NOT NULL REFERENCES schoolClass(id),
                    \(versionColumns)
                    name TEXT NOT NULL CHECK (name <> ''),
                    grade TEXT NOT NULL,
                    teacher TEXT NOT NULL
                );
                CREATE INDEX classVersion_class ON classVersion(classId, validFrom);

                CREATE TABLE officerVersion (
                    id INTEGER PRIMARY KEY,
                    officerId INTEGER NOT NULL REFERENCES officer(id),
                    \(versionColumns)
                    name TEXT NOT NULL CHECK (name <> ''),
                    role TEXT NOT NULL CHECK (role IN ('法治副校长', '护校民警', '法治辅导员')),
                    phone TEXT
                );
                CREATE INDEX officerVersion_officer ON officerVersion(officerId, validFrom);

                CREATE TABLE assignmentVersion (
                    id INTEGER PRIMARY KEY,
                    assignmentId INTEGER NOT NULL REFERENCES assignment(id),
                    \(versionColumns)
                    CHECK (1)
                );
                CREATE INDEX assignmentVersion_assignment ON assignmentVersion(assignmentId, validFrom);
                """)
            // Every row of a v3 roster holds from the earliest day that has a log (so from the earliest
            // term with data), or from the beginning when nothing was logged yet.
            let from = try String.fetchOne(db, sql: """
                SELECT MIN(d) FROM (SELECT MIN(date) AS d FROM meeting UNION ALL SELECT MIN(date) FROM lecture)
                """) ?? beginning
            let arguments: StatementArguments = ["from": from, "known": alwaysKnown]
            try db.execute(sql: """
                INSERT INTO classVersion (classId, validFrom, recordedAt, name, grade, teacher)
                    SELECT id, :from, :known, name, grade, teacher FROM schoolClass ORDER BY id;
                INSERT INTO officerVersion (officerId, validFrom, recordedAt, name, role, phone)
                    SELECT id, :from, :known, name, role, phone FROM officer ORDER BY id;
                INSERT INTO assignmentVersion (assignmentId, validFrom, recordedAt)
                    SELECT id, :from, :known FROM assignment ORDER BY id;
                """, arguments: arguments)
            try db.execute(sql: """
                ALTER TABLE schoolClass DROP COLUMN name;
                ALTER TABLE schoolClass DROP COLUMN grade;
                ALTER TABLE schoolClass DROP COLUMN teacher;
                ALTER TABLE officer DROP COLUMN name;
                ALTER TABLE officer DROP COLUMN role;
                ALTER TABLE officer DROP COLUMN phone;
                """)
            for (table, identity, values) in [("classVersion", "classId", ["name", "grade", "teacher"]),
                                              ("officerVersion", "officerId", ["name", "role", "phone"]),
                                              ("assignmentVersion", "assignmentId", [])] {
                try db.execute(sql: versionTriggers(table: table, identity: identity, values: values))
            }
            try db.execute(sql: """
                -- The latest version of each class and officer as now known, for pages that show a
                -- name outside any term (accounts, sessions).
                CREATE VIEW classCurrent AS
                    SELECT c.id, c.schoolId, c.code, v.name, v.grade, v.teacher, v.validFrom, v.validUntil
                    FROM schoolClass c JOIN classVersion v ON v.classId = c.id AND v.retiredAt IS NULL
                    WHERE NOT EXISTS (SELECT 1 FROM classVersion w WHERE w.classId = c.id AND w.retiredAt IS NULL
                                      AND w.validFrom > v.validFrom);
                CREATE VIEW officerCurrent AS
                    SELECT o.id, o.code, v.name, v.role, v.phone, v.validFrom, v.validUntil
                    FROM officer o JOIN officerVersion v ON v.officerId = o.id AND v.retiredAt IS NULL
                    WHERE NOT EXISTS (SELECT 1 FROM officerVersion w WHERE w.officerId = o.id AND w.retiredAt IS NULL
                                      AND w.validFrom > v.validFrom);

                -- 课时: a lecture may take more than one lesson period.
                ALTER TABLE lecture ADD COLUMN hours INTEGER NOT NULL DEFAULT 1 CHECK (hours BETWEEN 1 AND 20);

                -- A school police officer's visit to a school they serve (护校民警每周到校).
                CREATE TABLE visit (
                    id INTEGER PRIMARY KEY,
                    officerId INTEGER NOT NULL,
                    schoolId INTEGER NOT NULL,
                    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    note TEXT,
                    loggedAt TEXT NOT NULL,
                    voidedAt TEXT,
                    voidReason TEXT,
                    CHECK ((voidedAt IS NULL) = (voidReason IS NULL)),
                    FOREIGN KEY (officerId, schoolId) REFERENCES assignment(officerId, schoolId)
                );
                CREATE UNIQUE INDEX visit_identity ON visit(officerId, schoolId, date) WHERE voidedAt IS NULL;
                CREATE INDEX visit_count ON visit(officerId, schoolId, voidedAt, date);
                CREATE TRIGGER visit_keep BEFORE DELETE ON visit
                BEGIN SELECT RAISE(ABORT, 'visit entries are voided, never deleted'); END;
                """)
        }
    }

    /// Validity and knowledge columns shared by the version tables (each line ends in a comma).
    private static let versionColumns = """
        validFrom TEXT NOT NULL CHECK (validFrom GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                            validUntil TEXT CHECK (validUntil IS NULL OR validUntil > validFrom),
                            recordedAt TEXT NOT NULL,
                            retiredAt TEXT CHECK (retiredAt IS NULL OR retiredAt >= recordedAt),
        """

    /// Versions are kept (no DELETE), change only by being retired once, and the versions now known
    /// of one identity never overlap.
    private static func versionTriggers(table: String, identity: String, values: [String]) -> String {
        let fixed = ([identity, "validFrom", "validUntil", "recordedAt"] + values)
            .map { "NEW.\($0) IS NOT OLD.\($0)" }.joined(separator: " OR ")
        return """
            CREATE TRIGGER \(table)_keep BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, 'roster versions are retired, never deleted'); END;
            CREATE TRIGGER \(table)_fixed BEFORE UPDATE ON \(table)
            WHEN OLD.retiredAt IS NOT NULL OR \(fixed)
            BEGIN SELECT RAISE(ABORT, 'a roster version can only be retired'); END;
            CREATE TRIGGER \(table)_overlap BEFORE INSERT ON \(table)
            WHEN NEW.retiredAt IS NULL AND EXISTS (
                SELECT 1 FROM \(table) v WHERE v.\(identity) = NEW.\(identity) AND v.retiredAt IS NULL
                AND v.validFrom < COALESCE(NEW.validUntil, '9999-12-31')
                AND NEW.validFrom < COALESCE(v.validUntil, '9999-12-31'))
            BEGIN SELECT RAISE(ABORT, 'versions of one roster entry overlap'); END;
            """
    }
}

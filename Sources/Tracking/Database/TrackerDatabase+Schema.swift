import GRDB

extension TrackerDatabase {
    /// The schema, one migration per released version. Never edit a registered migration: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: rosters, logs and audit") { db in
            try db.execute(sql: """
                CREATE TABLE school (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE CHECK (code <> ''),
                    name TEXT NOT NULL CHECK (name <> ''),
                    county TEXT NOT NULL CHECK (county <> ''),
                    city TEXT NOT NULL
                );
                CREATE INDEX school_county ON school(county);

                CREATE TABLE schoolClass (
                    id INTEGER PRIMARY KEY,
                    schoolId INTEGER NOT NULL REFERENCES school(id),
                    code TEXT NOT NULL CHECK (code <> ''),
                    name TEXT NOT NULL CHECK (name <> ''),
                    grade TEXT NOT NULL,
                    teacher TEXT NOT NULL,
                    UNIQUE (schoolId, code)
                );

                CREATE TABLE officer (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE CHECK (code <> ''),
                    name TEXT NOT NULL CHECK (name <> ''),
                    role TEXT NOT NULL CHECK (role IN ('法治副校长', '护校民警', '法治辅导员')),
                    phone TEXT
                );

                CREATE TABLE assignment (
                    id INTEGER PRIMARY KEY,
                    officerId INTEGER NOT NULL REFERENCES officer(id),
                    schoolId INTEGER NOT NULL REFERENCES school(id),
                    UNIQUE (officerId, schoolId)
                );
                CREATE INDEX assignment_school ON assignment(schoolId);

                CREATE TABLE meeting (
                    id INTEGER PRIMARY KEY,
                    classId INTEGER NOT NULL REFERENCES schoolClass(id),
                    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    kit TEXT,
                    teacher TEXT,
                    attendance INTEGER CHECK (attendance >= 0),
                    loggedAt TEXT NOT NULL,
                    voidedAt TEXT,
                    voidReason TEXT,
                    CHECK ((voidedAt IS NULL) = (voidReason IS NULL))
                );
                -- A class holds at most one counted meeting a day; voided entries stay as a record.
                CREATE UNIQUE INDEX meeting_identity ON meeting(classId, date) WHERE voidedAt IS NULL;
                CREATE INDEX meeting_class_date ON meeting(classId, date);

                CREATE TABLE lecture (
                    id INTEGER PRIMARY KEY,
                    officerId INTEGER NOT NULL,
                    schoolId INTEGER NOT NULL,
                    date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                    topic TEXT NOT NULL CHECK (topic <> ''),
                    audience INTEGER CHECK (audience >= 0),
                    loggedAt TEXT NOT NULL,
                    voidedAt TEXT,
                    voidReason TEXT,
                    CHECK ((voidedAt IS NULL) = (voidReason IS NULL)),
                    -- Only an officer assigned to the school lectures there.
                    FOREIGN KEY (officerId, schoolId) REFERENCES assignment(officerId, schoolId)
                );
                CREATE UNIQUE INDEX lecture_identity ON lecture(officerId, schoolId, date) WHERE voidedAt IS NULL;
                CREATE INDEX lecture_assignment_date ON lecture(officerId, schoolId, date);
                CREATE INDEX lecture_school ON lecture(schoolId);

                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    who TEXT NOT NULL,
                    address TEXT,
                    action TEXT NOT NULL,
                    detail TEXT NOT NULL
                );

                -- The record (专门档案) is kept: logs are voided, never deleted; the audit is append-only.
                CREATE TRIGGER meeting_keep BEFORE DELETE ON meeting
                BEGIN SELECT RAISE(ABORT, 'meeting entries are voided, never deleted'); END;
                CREATE TRIGGER lecture_keep BEFORE DELETE ON lecture
                BEGIN SELECT RAISE(ABORT, 'lecture entries are voided, never deleted'); END;
                CREATE TRIGGER audit_keep BEFORE DELETE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;
                CREATE TRIGGER audit_fixed BEFORE UPDATE ON audit
                BEGIN SELECT RAISE(ABORT, 'the audit is append-only'); END;
                """)
        }
        migrator.registerMigration("v2: accounts") { db in
            try db.execute(sql: """
                -- Web app accounts. Passwords only as bcrypt hashes; an officer account acts for one
                -- officer of the roster, a teacher account for one class.
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(username) BETWEEN 1 AND 64),
                    role TEXT NOT NULL CHECK (role IN ('teacher', 'officer', 'publicity', 'admin')),
                    passwordHash TEXT NOT NULL CHECK (passwordHash GLOB '$2[abxy]$*'),
                    officerId INTEGER REFERENCES officer(id),
                    classId INTEGER REFERENCES schoolClass(id),
                    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                    createdAt TEXT NOT NULL,
                    CHECK ((role = 'officer') = (officerId IS NOT NULL)),
                    CHECK ((role = 'teacher') = (classId IS NOT NULL))
                );

                -- Signed-in browsers: only the SHA-256 of the cookie's token is kept.
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY,
                    tokenHash BLOB NOT NULL UNIQUE CHECK (length(tokenHash) = 32),
                    accountId INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    csrfToken TEXT NOT NULL CHECK (length(csrfToken) >= 32),
                    createdAt REAL NOT NULL,
                    lastSeenAt REAL NOT NULL CHECK (lastSeenAt >= createdAt),
                    address TEXT
                );
                CREATE INDEX session_account ON session(accountId);

                -- Failed logins per key ('user:NAME' or 'addr:ADDRESS'), to slow down guessing.
                CREATE TABLE loginFailure (
                    key TEXT PRIMARY KEY,
                    failures INTEGER NOT NULL CHECK (failures >= 1),
                    lastFailureAt REAL NOT NULL,
                    lockedUntil REAL NOT NULL
                );
                """)
        }
        migrator.registerMigration("v3: covering indexes for counting") { db in
            try db.execute(sql: """
                -- A check counts each class's non-voided meetings in a date range, and each
                -- (officer, school)'s lectures: with voidedAt in the index before the date, the count
                -- is one range of the index and never reads the table.
                DROP INDEX meeting_class_date;
                CREATE INDEX meeting_class_count ON meeting(classId, voidedAt, date);
                DROP INDEX lecture_assignment_date;
                CREATE INDEX lecture_assignment_count ON lecture(officerId, schoolId, voidedAt, date);
                """)
        }
        registerTermRosters(&migrator)
        registerSubmissions(&migrator)
        return migrator
    }
}

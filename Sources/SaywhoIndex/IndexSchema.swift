import GRDB

/// The index's tables, made and upgraded in order by a migrator (see docs/index.md).
enum IndexSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1") { db in
            // One row per source file, by real path: its identity when indexed, the extractor
            // version that read it, and the problems met (one message a line).
            try db.execute(
                sql: """
                    CREATE TABLE file (
                        id INTEGER PRIMARY KEY,
                        path TEXT NOT NULL UNIQUE,
                        size INTEGER NOT NULL,
                        modified INTEGER NOT NULL,
                        inode INTEGER NOT NULL,
                        version TEXT NOT NULL,
                        problems TEXT NOT NULL DEFAULT ''
                    );
                    CREATE TABLE article (
                        id INTEGER PRIMARY KEY,
                        file INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        key TEXT NOT NULL,
                        title TEXT NOT NULL,
                        date TEXT,
                        outlet TEXT,
                        author TEXT,
                        url TEXT,
                        language TEXT NOT NULL,
                        quotes INTEGER NOT NULL,
                        UNIQUE (file, ordinal)
                    );
                    CREATE TABLE speaker (
                        article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        key TEXT NOT NULL,
                        name TEXT NOT NULL,
                        aliases TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        PRIMARY KEY (article, ordinal)
                    ) WITHOUT ROWID;
                    CREATE INDEX speaker_name ON speaker(key);
                    CREATE TABLE quote (
                        article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        ordinal INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        segments TEXT NOT NULL,
                        text TEXT NOT NULL,
                        speaker TEXT,
                        mention TEXT,
                        mention_start INTEGER,
                        mention_end INTEGER,
                        cue TEXT,
                        cue_start INTEGER,
                        cue_end INTEGER,
                        channel TEXT,
                        confidence REAL,
                        evidence_start INTEGER,
                        evidence_end INTEGER,
                        rule TEXT,
                        PRIMARY KEY (article, ordinal)
                    ) WITHOUT ROWID;
                    CREATE VIRTUAL TABLE search USING fts5(
                        title, body, quotes, tokenize = 'unicode61 remove_diacritics 2'
                    );
                    """)
        }
        return migrator
    }
}

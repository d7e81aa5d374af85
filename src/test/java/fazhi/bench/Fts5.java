package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * SQLite FTS5 with its trigram tokenizer, the peer benchmarks compare with: one row per section, heading and text
 * indexed, the report's id, year, place and the section's category kept beside them (UNINDEXED) as this project's
 * index keeps them for facets and display.
 */
final class Fts5 {
    static final String TABLE = "sections";

    private Fts5() {
    }

    /**
     * Builds the sections of these reports into a new database file, in one transaction, then merges FTS5's
     * b-trees into one ({@code optimize}, like this project's merge to one segment); returns the seconds it took.
     *
     * @param prepare what is done to heading and text before they are inserted (e.g. the project's folding, when
     *                counts must agree with its exact matching), {@code UnaryOperator.identity()} for the raw text
     */
    static double build(List<Report> reports, Path db, UnaryOperator<String> prepare) throws IOException, SQLException {
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        try (Connection c = open(db)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE VIRTUAL TABLE " + TABLE + " USING fts5(id UNINDEXED, report_id UNINDEXED, "
                        + "year UNINDEXED, province UNINDEXED, city UNINDEXED, county UNINDEXED, township UNINDEXED, "
                        + "category UNINDEXED, heading, text, tokenize = 'trigram')");
            }
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + TABLE
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Report r : reports) {
                    for (Section s : r.sections()) {
                        insert.setString(1, s.id());
                        insert.setString(2, r.id());
                        if (r.year() == null) {
                            insert.setNull(3, Types.INTEGER);
                        } else {
                            insert.setInt(3, r.year());
                        }
                        insert.setString(4, r.province());
                        insert.setString(5, r.city());
                        insert.setString(6, r.county());
                        insert.setString(7, r.township());
                        insert.setString(8, s.category());
                        insert.setString(9, prepare.apply(s.heading() == null ? "" : s.heading()));
                        insert.setString(10, prepare.apply(s.text() == null ? "" : s.text()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO " + TABLE + "(" + TABLE + ") VALUES ('optimize')");
            }
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** A connection to the database file (created when missing). */
    static Connection open(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
    }
}

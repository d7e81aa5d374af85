package fazhi.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite FTS5 with the trigram tokenizer (substring matching, as this project's exact mode): one FTS table of folded
 * heading and text, one plain table of id and facet values joined by rowid. A query's matches are collected once
 * into a temporary table, then counted by all three dimensions in one GROUP BY; the page is the best 20 by FTS5's
 * bm25 rank. Terms of fewer than three characters cannot use a trigram index: for them FTS5's own LIKE support
 * scans the table, as SQLite documents.
 */
final class Fts5Peer implements PeerEngine {
    private final Connection db;

    private Fts5Peer(Connection db) {
        this.db = db;
    }

    static Path file(int sections) throws Exception {
        return BenchData.folder("fts5", sections).resolve("fts5.db");
    }

    /** Opens the database for this corpus size, loading it first if it is missing or unfinished; returns seconds
     *  spent loading (0 when reused). */
    static double ensure(PeerCorpus corpus, int sections) throws Exception {
        Path file = file(sections);
        if (Files.exists(file.resolveSibling("done"))) {
            return 0;
        }
        BenchData.delete(file.getParent());
        Files.createDirectories(file.getParent());
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode=OFF");
            st.execute("PRAGMA synchronous=OFF");
            st.execute("CREATE TABLE meta(id INTEGER PRIMARY KEY, sid TEXT, year TEXT, township TEXT, category TEXT)");
            st.execute("CREATE VIRTUAL TABLE fts USING fts5(heading, text, tokenize='trigram')");
            c.setAutoCommit(false);
            try (PreparedStatement meta = c.prepareStatement("INSERT INTO meta VALUES (?,?,?,?,?)");
                 PreparedStatement fts = c.prepareStatement("INSERT INTO fts(rowid, heading, text) VALUES (?,?,?)")) {
                for (int i = 0; i < corpus.size(); i++) {
                    meta.setInt(1, i + 1);
                    meta.setString(2, corpus.ids[i]);
                    meta.setString(3, Integer.toString(corpus.years[i]));
                    meta.setString(4, corpus.townships[i]);
                    meta.setString(5, corpus.categories[i]);
                    meta.executeUpdate();
                    fts.setInt(1, i + 1);
                    fts.setString(2, corpus.headings[i]);
                    fts.setString(3, corpus.texts[i]);
                    fts.executeUpdate();
                    if (i % 50_000 == 49_999) {
                        c.commit();
                    }
                }
            }
            c.commit();
            st.execute("INSERT INTO fts(fts) VALUES('optimize')");
            c.commit();
        }
        Files.writeString(file.resolveSibling("done"), "");
        return (System.nanoTime() - t0) / 1e9;
    }

    static Fts5Peer open(int sections) throws Exception {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file(sections));
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size=-262144"); // 256 MB of page cache, so the index is read from memory
            st.execute("PRAGMA temp_store=MEMORY");
            st.execute("CREATE TEMP TABLE hits(id INTEGER PRIMARY KEY)");
        }
        return new Fts5Peer(c);
    }

    @Override
    public String name() {
        return "SQLite FTS5 trigram";
    }

    @Override
    public Answer search(PeerQuery q) throws SQLException {
        List<String> params = new ArrayList<>();
        String where = where(q, params);
        boolean ranked = where.contains("fts MATCH");
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM temp.hits");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO temp.hits SELECT fts.rowid FROM fts"
                + (q.year() == null ? "" : " JOIN meta ON meta.id = fts.rowid") + " WHERE " + where)) {
            bind(ps, params);
            ps.executeUpdate();
        }
        long total = 0;
        Map<String, Map<String, Long>> facets = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT m.year, m.township, "
                + "m.category, count(*) FROM temp.hits h JOIN meta m ON m.id = h.id GROUP BY 1, 2, 3")) {
            while (rs.next()) {
                long n = rs.getLong(4);
                total += n;
                for (int d = 0; d < PeerQuery.DIMS.size(); d++) {
                    String v = rs.getString(d + 1);
                    if (v != null) {
                        facets.computeIfAbsent(PeerQuery.DIMS.get(d), k -> new HashMap<>()).merge(v, n, Long::sum);
                    }
                }
            }
        }
        List<String> ids = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        String page = ranked
                ? "SELECT meta.sid, fts.text FROM fts JOIN meta ON meta.id = fts.rowid WHERE " + where
                  + " ORDER BY rank LIMIT " + PeerQuery.PAGE
                : "SELECT meta.sid, fts.text FROM temp.hits h JOIN meta ON meta.id = h.id JOIN fts ON fts.rowid = h.id"
                  + " ORDER BY h.id LIMIT " + PeerQuery.PAGE;
        try (PreparedStatement ps = db.prepareStatement(page)) {
            if (ranked) {
                bind(ps, params);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    snippets.add(PeerEngine.snippet(rs.getString(2), q.positive()));
                }
            }
        }
        return new Answer(total, facets, ids, snippets);
    }

    /**
     * Terms of three or more characters that must all occur go into one FTS5 MATCH (ranked by bm25); every other
     * term is a LIKE on both columns, which FTS5 answers from the trigram index when the term has three characters
     * or more and by scanning otherwise.
     */
    private static String where(PeerQuery q, List<String> params) {
        List<String> and = new ArrayList<>();
        List<String> match = q.all().stream().filter(t -> t.length() >= 3).toList();
        if (!match.isEmpty()) {
            and.add("fts MATCH ?");
            params.add(String.join(" AND ", match.stream().map(t -> "\"" + t + "\"").toList()));
        }
        for (String t : q.all()) {
            if (t.length() < 3) {
                and.add(like(t, params));
            }
        }
        if (!q.any().isEmpty()) {
            and.add("(" + String.join(" OR ", q.any().stream().map(t -> like(t, params)).toList()) + ")");
        }
        for (String t : q.none()) {
            and.add("NOT " + like(t, params));
        }
        if (q.year() != null) {
            and.add("meta.year = ?");
            params.add(q.year().toString());
        }
        return String.join(" AND ", and);
    }

    private static String like(String term, List<String> params) {
        params.add("%" + term + "%");
        params.add("%" + term + "%");
        return "(fts.heading LIKE ? OR fts.text LIKE ?)";
    }

    private static void bind(PreparedStatement ps, List<String> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setString(i + 1, params.get(i));
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}

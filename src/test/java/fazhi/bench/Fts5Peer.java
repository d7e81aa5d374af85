package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.text.Folding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite FTS5 with the trigram tokenizer (substring matching, as this project's exact mode), loaded by {@link Fts5}
 * with heading and text folded, id and facet values in UNINDEXED columns. A query's matches are collected once
 * into a temporary table, then counted by all three dimensions in one GROUP BY; the page is the best 20 by FTS5's
 * bm25 rank. Terms of fewer than three characters cannot use a trigram index: for them FTS5's own LIKE support
 * scans the table, as SQLite documents.
 */
final class Fts5Peer implements PeerEngine {
    private static final String T = Fts5.TABLE;
    private final Connection db;

    private Fts5Peer(Connection db) {
        this.db = db;
    }

    static Path file(int sections) throws Exception {
        return BenchData.folder("fts5", sections).resolve("fts5.db");
    }

    /** Builds the database for this corpus size with the benchmarks' loader ({@link Fts5#build}, heading and text
     *  folded as this project folds them) unless a finished one exists; returns seconds spent (0 when reused). */
    static double ensure(List<Report> reports, int sections) throws Exception {
        Path file = file(sections);
        if (Files.exists(file.resolveSibling("done"))) {
            return 0;
        }
        BenchData.delete(file.getParent());
        Files.createDirectories(file.getParent());
        double seconds = Fts5.build(reports, file, Folding::forMatching);
        Files.writeString(file.resolveSibling("done"), "");
        return seconds;
    }

    static Fts5Peer open(int sections) throws Exception {
        Connection c = Fts5.open(file(sections));
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
        List<Object> params = new ArrayList<>();
        String where = where(q, params);
        boolean ranked = where.contains(" MATCH ");
        try (Statement st = db.createStatement()) {
            st.execute("DELETE FROM temp.hits");
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO temp.hits SELECT rowid FROM " + T + " WHERE "
                + where)) {
            bind(ps, params);
            ps.executeUpdate();
        }
        long total = 0;
        Map<String, Map<String, Long>> facets = new HashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT s.year, s.township, "
                + "s.category, count(*) FROM temp.hits h CROSS JOIN " + T + " s ON s.rowid = h.id GROUP BY 1, 2, 3")) {
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
                ? "SELECT id, text FROM " + T + " WHERE " + where + " ORDER BY rank LIMIT " + PeerQuery.PAGE
                : "SELECT s.id, s.text FROM temp.hits h CROSS JOIN " + T + " s ON s.rowid = h.id ORDER BY h.id LIMIT "
                  + PeerQuery.PAGE;
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
    private static String where(PeerQuery q, List<Object> params) {
        List<String> and = new ArrayList<>();
        List<String> match = q.all().stream().filter(t -> t.length() >= 3).toList();
        if (!match.isEmpty()) {
            and.add(T + " MATCH ?");
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
            and.add("year = ?");
            params.add(q.year());
        }
        return String.join(" AND ", and);
    }

    private static String like(String term, List<Object> params) {
        params.add("%" + term + "%");
        params.add("%" + term + "%");
        return "(heading LIKE ? OR text LIKE ?)";
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}

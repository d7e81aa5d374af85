package fazhi.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Streams every result of a search as CSV (UTF-8 with a byte-order mark, so that Excel reads Chinese correctly) or
 * JSON Lines, one row per matching section, per occurrence or per report. Rows are written as the index is read
 * ({@link MatchStream}), so memory stays flat whatever the number of rows: one bit per indexed section, for
 * reports two numbers per report, and the row being written.
 */
public final class Exporter {
    /** The byte-order mark that opens a CSV export (EF BB BF in UTF-8). */
    public static final char BOM = '\uFEFF';
    /** Context characters each side of an occurrence in {@code unit=occurrences}. */
    public static final int CONTEXT = 30;
    /**
     * How long the rows of one export may take to write, once its search (bounded like any search) is done: a
     * million sections take about a minute on 2 cores; the rest is room for a slow reader. A reader that stops
     * reading altogether is cut off sooner, by the server's idle timeout.
     */
    public static final Duration STREAM_LIMIT = Duration.ofMinutes(5);

    public enum Format {
        CSV, JSONL;

        public static Format byId(String id) {
            return byName(Format.values(), id);
        }
    }

    /** What one row is. */
    public enum Unit {
        SECTIONS, OCCURRENCES, REPORTS;

        public static Unit byId(String id) {
            return byName(Unit.values(), id);
        }
    }

    private static <E extends Enum<E>> E byName(E[] values, String id) {
        for (E e : values) {
            if (e.name().toLowerCase(Locale.ROOT).equals(id)) {
                return e;
            }
        }
        return null;
    }

    private static final List<String> REPORT_COLUMNS = List.of("reportId", "title", "township", "county", "city",
            "province", "divisionCode", "year", "date", "issuer");

    /** The columns of each unit, in order: the CSV header and the JSON keys. */
    public static List<String> columns(Unit unit) {
        List<String> out = new ArrayList<>(REPORT_COLUMNS);
        out.addAll(switch (unit) {
            case SECTIONS -> List.of("category", "headingPath", "sectionId", "line", "matches", "text", "url");
            case OCCURRENCES -> List.of("category", "headingPath", "sectionId", "line", "left", "match", "right",
                    "url");
            case REPORTS -> List.of("sections", "matches", "url");
        });
        return out;
    }

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private static final CsvMapper CSV = (CsvMapper) new CsvMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final SearchService service;

    public Exporter(SearchService service) {
        this.service = service;
    }

    /** Opens the output once the search is known to run, so that a bad query can still be answered with an error. */
    public interface Output {
        /** A writer that encodes UTF-8. */
        Writer open() throws IOException;
    }

    /**
     * Writes every result of the request (its page, size and sort are ignored) to the output, which is flushed but
     * not closed.
     *
     * @param baseUrl prefix of the permalinks, e.g. {@code http://localhost:7070}; empty for relative links
     * @return the number of rows written
     * @throws QuerySyntaxException the query cannot be understood (nothing has been written)
     */
    public long export(SearchRequest request, Unit unit, Format format, String baseUrl, Output output)
            throws IOException, QuerySyntaxException {
        return export(request, unit, format, baseUrl, output, () -> false);
    }

    /**
     * As {@link #export(SearchRequest, Unit, Format, String, Output)}, stopping once {@code abandoned} says nobody
     * reads. The search is bounded like any other; writing the rows then gives its CPU turn back (a slow reader
     * must not hold one) and is bounded by {@link #STREAM_LIMIT}. An export stopped while writing ends short.
     */
    public long export(SearchRequest request, Unit unit, Format format, String baseUrl, Output output,
                       BooleanSupplier abandoned) throws IOException, QuerySyntaxException {
        List<String> columns = columns(unit);
        return service.bounded(abandoned, (searcher, deadline) -> {
            MatchStream.Parsed parsed = MatchStream.parse(service, request, deadline);
            FacetsCollector matching = MatchStream.matching(searcher, parsed);
            deadline.streaming(STREAM_LIMIT.toMillis());
            Writer out = output.open();
            SequenceWriter writer;
            if (format == Format.CSV) {
                out.write(BOM);
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                columns.forEach(schema::addColumn);
                writer = CSV.writer(schema.build()).writeValues(out);
            } else {
                writer = JSON.writer().withRootValueSeparator("\n").writeValues(out);
            }
            Rows rows = new Rows(writer, columns, format, baseUrl);
            switch (unit) {
                case SECTIONS -> MatchStream.visit(parsed, matching, s -> rows.write(section(s, parsed.literals())));
                case OCCURRENCES -> MatchStream.visit(parsed, matching, s -> {
                    for (Occurrence o : Occurrence.in(parsed.literals(), s.heading(), s.text())) {
                        rows.write(occurrence(s, o));
                    }
                });
                case REPORTS -> reports(ReportOrdinals.of(searcher.getIndexReader()), matching, parsed, rows);
            }
            writer.flush();
            if (format == Format.JSONL && rows.written > 0) {
                out.write('\n');
            }
            out.flush();
            return rows.written;
        });
    }

    /** Writes rows as maps of the unit's columns: lists joined by " › " in CSV, kept as arrays in JSON. */
    private static final class Rows {
        private final SequenceWriter writer;
        private final List<String> columns;
        private final Format format;
        private final String baseUrl;
        long written;

        Rows(SequenceWriter writer, List<String> columns, Format format, String baseUrl) {
            this.writer = writer;
            this.columns = columns;
            this.format = format;
            this.baseUrl = baseUrl;
        }

        void write(Map<String, Object> row) throws IOException {
            row.put("url", baseUrl + row.get("url"));
            if (format == Format.CSV) {
                List<Object> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    Object v = row.get(c);
                    cells.add(v == null ? "" : v instanceof List<?> l
                            ? String.join(" › ", l.stream().map(String::valueOf).toList()) : v.toString());
                }
                writer.write(cells);
            } else {
                writer.write(row);
            }
            written++;
        }
    }

    private static Map<String, Object> report(ReportSummary r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reportId", r.id());
        row.put("title", r.title());
        row.put("township", r.township());
        row.put("county", r.county());
        row.put("city", r.city());
        row.put("province", r.province());
        row.put("divisionCode", r.divisionCode());
        row.put("year", r.year());
        row.put("date", r.date());
        row.put("issuer", r.issuer());
        return row;
    }

    /** A section's row; its line is that of its first match, as a hit's (the section's start without one). */
    private static Map<String, Object> section(MatchedSection s, List<QueryTranslator.Literal> literals) {
        Occurrence first = Occurrence.first(literals, s.heading(), s.text());
        Map<String, Object> row = report(s.report());
        row.put("category", s.category());
        row.put("headingPath", s.headingPath());
        row.put("sectionId", s.id());
        row.put("line", first == null ? s.line() : s.lineOf(first));
        row.put("matches", s.matches());
        row.put("text", s.heading().isEmpty() ? s.text() : s.heading() + "\n" + s.text());
        row.put("url", Permalink.of(s.report().id(), s.id(), null));
        return row;
    }

    private static Map<String, Object> occurrence(MatchedSection s, Occurrence o) {
        Concordance.Row k = Concordance.row(s, o, CONTEXT);
        Map<String, Object> row = report(s.report());
        row.put("category", s.category());
        row.put("headingPath", s.headingPath());
        row.put("sectionId", s.id());
        row.put("line", k.line());
        row.put("left", k.left());
        row.put("match", k.match());
        row.put("right", k.right());
        row.put("url", k.permalink());
        return row;
    }

    /**
     * One row per report: a first pass adds up each report's matching sections and matches (from the postings, no
     * stored fields), a second writes each report at its first matching section.
     */
    private static void reports(ReportOrdinals ordinals, FacetsCollector matching, MatchStream.Parsed parsed,
                                Rows rows) throws IOException {
        int[] sections = new int[Math.max(1, ordinals.size())];
        int[] matches = new int[sections.length];
        OccurrenceCounter counter = new OccurrenceCounter(parsed.literals());
        OccurrenceCounter.Leaf[] leaf = {null};
        FacetsCollector.MatchingDocs[] segment = {null};
        ReportCounts.forEach(matching, (m, d) -> {
            parsed.deadline().check();
            if (segment[0] != m) {
                segment[0] = m;
                leaf[0] = counter.leaf(m.context().reader());
            }
            int r = ordinals.report(m.context().docBase + d);
            sections[r]++;
            matches[r] += leaf[0].count(d);
        });
        FixedBitSet written = new FixedBitSet(sections.length);
        ReportCounts.forEach(matching, (m, d) -> {
            parsed.deadline().check();
            int r = ordinals.report(m.context().docBase + d);
            if (!written.getAndSet(r)) {
                ReportSummary summary = StoredReports.summary(m.context().reader().storedFields().document(d), 0);
                Map<String, Object> row = report(summary);
                row.put("sections", sections[r]);
                row.put("matches", matches[r]);
                row.put("url", Permalink.of(summary.id(), null, null));
                rows.write(row);
            }
        });
    }
}

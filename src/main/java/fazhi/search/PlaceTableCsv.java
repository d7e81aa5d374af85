package fazhi.search;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A {@link PlaceTable} as CSV for Excel: long format, one line per place and column that has reports. */
public final class PlaceTableCsv {
    private PlaceTableCsv() {
    }

    /** Columns of the table's CSV: one line per place and column that has reports (long format). */
    public static final List<String> CSV_COLUMNS = List.of("province", "county", "township", "column", "reports",
            "sections", "occurrences", "indexed", "share");

    /** The table as CSV (UTF-8 with a byte-order mark, for Excel), one line per non-empty cell. */
    public static void writeCsv(PlaceTable.Result table, Writer out) throws IOException {
        out.write(Exporter.BOM);
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        CsvMapper mapper = new CsvMapper();
        mapper.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (SequenceWriter w = mapper.writer(schema.build()).writeValues(out)) {
            for (PlaceTable.Row row : table.places()) {
                for (int i = 0; i < table.columns().size(); i++) {
                    PlaceTable.Cell c = row.cells().get(i);
                    if (c != null) {
                        w.write(Arrays.asList(orEmpty(row.province()), orEmpty(row.county()),
                                orEmpty(row.township()), orEmpty(table.columns().get(i)), c.reports(), c.sections(),
                                c.occurrences(), c.indexed(), c.indexed() == 0 ? "" : String.format(Locale.ROOT,
                                        "%.4f", (double) c.reports() / c.indexed())));
                    }
                }
            }
        }
        out.flush();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}

package fazhi.index;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.text.PinyinOrder;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a section and its report into the Lucene document described by {@link Fields}. */
public final class SectionDocuments {
    /** Bigram fields: positions for phrases, no offsets (see {@link Fields#TEXT}). */
    private static final FieldType BIGRAMS_STORED = charsType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, true);
    private static final FieldType BIGRAMS = charsType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, false);
    /** Unigram fields: how often, never where (see {@link Fields#TEXT_UNIGRAMS}). */
    private static final FieldType UNIGRAMS = charsType(IndexOptions.DOCS_AND_FREQS, false);

    private SectionDocuments() {
    }

    private static FieldType charsType(IndexOptions options, boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(options);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    /** Facets are flat, single-valued dimensions; the filters of the API name them the same way. */
    public static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    /**
     * @param keys the report's source and identity keys ({@link ReportKeys}), on every section so that deleting by
     *             either removes the whole report
     */
    public static Document build(Report report, ReportKeys keys, Section section, int ordinal, FacetsConfig config)
            throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, section.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(Fields.ID, new BytesRef(section.id())));
        doc.add(new StringField(Fields.REPORT_ID, report.id(), Field.Store.YES));
        doc.add(new StoredField(Fields.ORDINAL, ordinal));
        storeIfPresent(doc, Fields.TITLE, report.title());
        storeIfPresent(doc, Fields.SOURCE, report.source());
        keyIfPresent(doc, Fields.SOURCE_KEY, keys.source());
        keyIfPresent(doc, Fields.IDENTITY_KEY, keys.identity());
        citation(doc, report);

        place(doc, Fields.PROVINCE, report.province());
        place(doc, Fields.CITY, report.city());
        place(doc, Fields.COUNTY, report.county());
        place(doc, Fields.TOWNSHIP, report.township());
        if (report.township() != null) {
            doc.add(new SortedDocValuesField(Fields.TOWNSHIP_ORDER, new BytesRef(PinyinOrder.key(report.township()))));
        }
        if (report.year() != null) {
            int year = report.year();
            doc.add(new IntPoint(Fields.YEAR, year));
            doc.add(new NumericDocValuesField(Fields.YEAR, year));
            doc.add(new StoredField(Fields.YEAR, year));
            doc.add(new SortedSetDocValuesFacetField(Fields.YEAR, Integer.toString(year)));
        }
        place(doc, Fields.CATEGORY, section.category());
        place(doc, Fields.YEAR_SOURCE, report.yearSource());
        doc.add(new StoredField(Fields.LEVEL, section.level()));
        doc.add(new StoredField(Fields.LINE, section.line()));
        doc.add(LineStartsField.of(section));

        String heading = section.heading() == null ? "" : section.heading();
        String text = section.text() == null ? "" : section.text();
        doc.add(new Field(Fields.HEADING, heading, BIGRAMS_STORED));
        doc.add(new Field(Fields.HEADING_UNIGRAMS, heading, UNIGRAMS));
        doc.add(new Field(Fields.TEXT, text, BIGRAMS_STORED));
        doc.add(new Field(Fields.TEXT_UNIGRAMS, text, UNIGRAMS));
        for (String h : section.headingPath()) {
            doc.add(new Field(Fields.PATH, h, BIGRAMS));
            doc.add(new Field(Fields.PATH_UNIGRAMS, h, UNIGRAMS));
            doc.add(new StoredField(Fields.HEADING_PATH, h));
        }
        doc.add(new TextField(Fields.HEADING_WORDS, heading, Field.Store.NO));
        doc.add(new TextField(Fields.TEXT_WORDS, text, Field.Store.NO));
        return config.build(doc);
    }

    /** A keyword that filters, displays and counts; null (not yet resolved) adds nothing, so no facet value. */
    private static void place(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static void citation(Document doc, Report report) {
        storeIfPresent(doc, Fields.ISSUER, report.issuer());
        storeIfPresent(doc, Fields.ADDRESSEE, report.addressee());
        storeIfPresent(doc, Fields.DATE, report.date());
        storeIfPresent(doc, Fields.CLOSING, report.closing());
        storeIfPresent(doc, Fields.DIVISION_CODE, report.divisionCode());
        storeIfPresent(doc, Fields.DIVISION_LEVEL, report.divisionLevel());
        for (String warning : report.warnings()) {
            doc.add(new StoredField(Fields.WARNINGS, warning));
        }
    }

    /** Matched for deletion only, never shown. */
    private static void keyIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }
}

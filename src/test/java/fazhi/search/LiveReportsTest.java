package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fazhi.index.Fields;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report list and the health count read the report-id postings; segments and deletions must not skew them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LiveReportsTest {
    @Test
    void a_report_split_across_segments_is_one_report_and_deleted_sections_do_not_count(@TempDir Path dir)
            throws IOException {
        try (Directory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new KeywordAnalyzer())
                     .setMergePolicy(NoMergePolicy.INSTANCE))) {
            add(w, "a", "a-0");
            add(w, "a", "a-1");
            add(w, "gone", "gone-0");
            w.commit(); // first segment
            add(w, "a", "a-2");
            add(w, "b", "b-0");
            w.deleteDocuments(new Term(Fields.ID, "gone-0"));
            w.deleteDocuments(new Term(Fields.ID, "a-1"));
            w.commit();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                assertEquals(2, reader.leaves().size());
                Map<String, LiveReports.Entry> reports = LiveReports.of(reader);
                assertEquals(Map.of("a", 2, "b", 1), Map.of("a", reports.get("a").sections(), "b",
                        reports.get("b").sections()));
                assertEquals(2, reports.size());
                assertEquals("a", reader.storedFields().document(reports.get("a").anyDoc()).get(Fields.REPORT_ID));
            }
        }
    }

    private static void add(IndexWriter w, String reportId, String sectionId) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, sectionId, Field.Store.YES));
        doc.add(new StringField(Fields.REPORT_ID, reportId, Field.Store.YES));
        w.addDocument(doc);
    }
}

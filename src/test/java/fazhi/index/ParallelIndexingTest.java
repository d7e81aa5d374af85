package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.ingest.ReportFiles;
import fazhi.testing.Fixtures;
import fazhi.testing.TempDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An index built on several threads is the one built on one: same documents, same terms, same statistics. */
class ParallelIndexingTest {
    private final Path dir;

    ParallelIndexingTest() throws IOException {
        dir = Files.createTempDirectory("fazhi-parallel");
    }

    @AfterEach
    void cleanUp() throws IOException {
        TempDirs.delete(dir);
    }

    @Test
    void seeds_and_fixtures_index_alike_on_one_and_two_threads() throws Exception {
        List<Report> reports = new ArrayList<>(Fixtures.seedsAndFixtures());
        // later versions of earlier reports, so that which one survives depends on order, not on thread timing:
        // the same place + year + title with another text, and the same report id again
        Report first = reports.getFirst();
        reports.add(variant(first, "v2", "（再版）"));
        reports.add(reports.get(reports.size() - 3));
        Snapshot one = build(reports, 1, "one");
        Snapshot two = build(reports, 2, "two");
        Snapshot four = build(reports, 4, "four");
        assertTrue(one.documents().containsKey("v2-0"), "the later version replaced the first seed");
        assertTrue(one.documents().keySet().stream().noneMatch(id -> id.startsWith(first.id())));
        assertEquals(one, two);
        assertEquals(one, four);
    }

    @Test
    void a_build_from_files_reports_the_same_summary_on_any_number_of_threads() throws Exception {
        Path seeds = Path.of("seeds");
        Path copy = dir.resolve("zz-copy-of-a-seed.txt"); // the same text under another name: put once, as the later
        Files.copy(ReportFiles.expand(List.of(seeds)).getFirst(), copy);
        Path bad = dir.resolve("missing.txt");
        List<ReportFiles.ReportFile> files = ReportFiles.find(List.of(seeds, copy, bad));
        FileIndexer.Summary one = FileIndexer.run(dir.resolve("f1"), files, false, Map.of(), 1, (d, t, s) -> { });
        FileIndexer.Summary two = FileIndexer.run(dir.resolve("f2"), files, false, Map.of(), 2, (d, t, s) -> { });
        assertEquals(5, one.reports());
        assertEquals(List.of(bad), one.failures().stream().map(FileIndexer.Failure::file).toList());
        assertEquals(List.of(one.files(), one.reports(), one.sections(), one.failures()),
                List.of(two.files(), two.reports(), two.sections(), two.failures()));
        assertEquals(snapshot(dir.resolve("f1")), snapshot(dir.resolve("f2")));
    }

    private static Report variant(Report r, String id, String titleSuffix) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < r.sections().size(); i++) {
            Section s = r.sections().get(i);
            sections.add(new Section(id + "-" + i, s.level(), s.heading(), s.headingPath(), s.category(),
                    s.text() + titleSuffix, s.line()));
        }
        return new Report(id, r.source(), r.title(), r.issuer(), r.addressee(), r.township(), r.county(), r.city(),
                r.province(), r.divisionCode(), r.divisionLevel(), r.year(), r.yearSource(), r.date(), r.closing(),
                r.pageMeta(), r.warnings(), sections);
    }

    private Snapshot build(List<Report> reports, int threads, String name) throws Exception {
        Path index = dir.resolve(name);
        try (IndexStore.Build build = IndexStore.begin(index, false)) {
            List<ParallelPuts.Failure> failures = ParallelPuts.run(build.indexer(), threads, reports.size(),
                    i -> ParallelPuts.Read.of(reports.get(i), null), (d, t, s) -> { });
            assertEquals(List.of(), failures);
            build.publish();
        }
        return snapshot(index);
    }

    /** Every live document's stored values by id, and every indexed term's document and total frequency. */
    private record Snapshot(Map<String, String> documents, Map<String, String> terms) {
    }

    private static Snapshot snapshot(Path index) throws IOException {
        Map<String, String> docs = new TreeMap<>();
        Map<String, String> terms = new TreeMap<>();
        try (FSDirectory d = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(d)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc);
                        StringBuilder values = new StringBuilder();
                        for (IndexableField f : document.getFields()) {
                            values.append(f.name()).append('=').append(f.stringValue()).append('\n');
                        }
                        docs.put(document.get(Fields.ID), values.toString());
                    }
                }
            }
            assertEquals(reader.numDocs(), docs.size(), "section ids are unique");
            for (FieldInfo field : org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader)) {
                Terms t = MultiTerms.getTerms(reader, field.name);
                if (t == null) {
                    continue;
                }
                TermsEnum e = t.iterator();
                while (e.next() != null) {
                    terms.put(field.name + ':' + e.term().utf8ToString(), e.docFreq() + "/" + e.totalTermFreq());
                }
            }
        }
        return new Snapshot(docs, terms);
    }
}

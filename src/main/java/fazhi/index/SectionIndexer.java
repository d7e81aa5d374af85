package fazhi.index;

import fazhi.ingest.Report;
import fazhi.ingest.ReportIdentity;
import fazhi.ingest.Section;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Adds reports to an open index so that each report is there once, in its latest version: putting a report first
 * deletes every indexed section of the same report — same id, same source file, or same place + year + title
 * ({@link fazhi.ingest.ReportIdentity}) — whether it came from an earlier put or from the index the writer started
 * from. Also stamps the writer's commits with {@link Fields#SCHEMA_VERSION}. One per writer.
 *
 * <p>A put is two steps so that several threads can analyse reports at once ({@link ParallelPuts}): {@link #claim}
 * decides, in the order the reports were given, which earlier reports of this build a report replaces (cheap,
 * synchronized), and {@link #write} deletes and adds its sections (the costly analysis, thread-safe like the
 * {@link IndexWriter}). A write must start after the writes of the reports its claim replaces have returned, so that
 * its deletes remove their sections.
 */
public final class SectionIndexer {
    private final IndexWriter writer;
    private final FacetsConfig config = SectionDocuments.facetsConfig();
    /** Reports put through this indexer and not replaced since: id → number of sections. */
    private final Map<String, Integer> live = new HashMap<>();
    /** Tagged key ({@link ReportKeys#tagged}) → id of the live report put under it. */
    private final Map<String, String> owners = new HashMap<>();
    /** Id → its tagged keys, to forget them all when the report is replaced. */
    private final Map<String, List<String>> keysOf = new HashMap<>();
    private int liveSections;

    SectionIndexer(IndexWriter writer) {
        this.writer = writer;
        SchemaVersion.stamp(writer);
    }

    /** Puts a report read from the path in its {@code source}. */
    public int put(Report report) throws IOException {
        return put(report, fileOf(report));
    }

    /**
     * Replaces everything indexed for this report (see the class comment) by its current sections. Updating by
     * section id keeps a section unique even if the same id turned up twice in one batch.
     *
     * @param file the file the report was read from (its source key), or null
     * @return the number of sections indexed
     */
    public int put(Report report, Path file) throws IOException {
        Claim claim = claim(report, file);
        write(claim);
        return report.sections().size();
    }

    /** A report admitted to this build, and the ids of the reports put before it that it replaces. */
    record Claim(Report report, ReportKeys keys, List<String> replaces) {
    }

    /** Counts the report as put, replacing the earlier reports that share one of its keys; writes nothing. */
    synchronized Claim claim(Report report, Path file) {
        ReportKeys keys = ReportKeys.of(report, file);
        List<String> replaces = remember(report.id(), keys.tagged(), report.sections().size());
        return new Claim(report, keys, replaces);
    }

    /** Deletes every indexed section of the claimed report's keys and adds its sections. Thread-safe. */
    void write(Claim claim) throws IOException {
        Report report = claim.report();
        writer.deleteDocuments(claim.keys().terms().toArray(Term[]::new));
        List<Section> sections = report.sections();
        List<Document> docs = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            docs.add(SectionDocuments.build(report, claim.keys(), sections.get(i), i, config));
        }
        for (int i = 0; i < docs.size(); i++) {
            writer.updateDocument(new Term(Fields.ID, sections.get(i).id()), docs.get(i));
        }
    }

    /** Writes one thread's in-memory sections to disk as a segment, if any are waiting; false when none are. */
    boolean flushOneBuffer() throws IOException {
        return writer.flushNextBuffer();
    }

    /** Takes back a claim whose write failed part-way: whatever it added is deleted, it no longer counts. */
    void abandon(Claim claim) throws IOException {
        writer.deleteDocuments(new Term(Fields.REPORT_ID, claim.report().id()));
        synchronized (this) {
            if (claim.keys().tagged().stream().allMatch(k -> claim.report().id().equals(owners.get(k)))) {
                forget(claim.report().id());
            }
        }
    }

    /** Removes a report's sections, e.g. when its file is gone. */
    public void remove(String reportId) throws IOException {
        writer.deleteDocuments(new Term(Fields.REPORT_ID, reportId));
        synchronized (this) {
            forget(reportId);
        }
    }

    /** Removes whatever was read from this file (its source key), e.g. when a watched file is deleted. */
    public void removeFile(Path file) throws IOException {
        writer.deleteDocuments(new Term(Fields.SOURCE_KEY, ReportIdentity.sourceKey(file)));
    }

    /** The files below this folder that reports in the index (as this writer sees it) were read from. */
    public Set<Path> filesUnder(Path folder) throws IOException {
        String prefix = ReportIdentity.sourceKey(folder) + "/";
        Set<Path> files = new TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(Fields.SOURCE_KEY);
                if (terms == null) {
                    continue;
                }
                TermsEnum keys = terms.iterator();
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum docs = null;
                for (boolean more = keys.seekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END; more;
                     more = keys.next() != null) {
                    String key = keys.term().utf8ToString();
                    if (!key.startsWith(prefix)) {
                        break;
                    }
                    docs = keys.postings(docs, PostingsEnum.NONE);
                    for (int d = docs.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.nextDoc()) {
                        if (live == null || live.get(d)) {
                            files.add(Path.of(key));
                            break;
                        }
                    }
                }
            }
        }
        return files;
    }

    /** Distinct reports put through this indexer: one that replaced an earlier put counts once. */
    public synchronized int reports() {
        return live.size();
    }

    /** Sections of those reports. */
    public synchronized int sections() {
        return liveSections;
    }

    /** @return the ids of the live reports this one replaces (its own id among them when put before) */
    private List<String> remember(String id, List<String> keys, int sections) {
        List<String> replaced = new ArrayList<>(2);
        for (String key : keys) {
            String previous = owners.get(key);
            if (previous != null && !replaced.contains(previous)) {
                replaced.add(previous);
                forget(previous);
            }
        }
        live.put(id, sections);
        liveSections += sections;
        keysOf.put(id, keys);
        keys.forEach(k -> owners.put(k, id));
        return replaced;
    }

    private void forget(String id) {
        Integer sections = live.remove(id);
        liveSections -= sections == null ? 0 : sections;
        for (String key : keysOf.getOrDefault(id, List.of())) {
            owners.remove(key, id);
        }
        keysOf.remove(id);
    }

    private static Path fileOf(Report report) {
        try {
            return report.source() == null ? null : Path.of(report.source());
        } catch (InvalidPathException e) { // not a path of this system: matched by id and identity only
            return null;
        }
    }
}

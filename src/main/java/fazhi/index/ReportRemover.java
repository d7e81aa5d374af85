package fazhi.index;

import fazhi.ingest.ReportIdentity;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;

/**
 * Removes reports from an index, as its one writer ({@link IndexStore#begin}), in one commit: a target is a report id
 * (16 hex digits, as {@code parse} and the API show it), a file it was read from, or a folder (every report read
 * from below it). Nothing is committed when no target matches.
 */
public final class ReportRemover {
    private static final Pattern REPORT_ID = Pattern.compile("[0-9a-f]{16}");

    /** What a removal did. */
    public record Summary(int reports, List<String> notFound, boolean published) {
    }

    private ReportRemover() {
    }

    /**
     * @throws IndexUnavailableException no index in the folder, another process writes it, or it is damaged
     */
    public static Summary remove(Path indexDir, List<String> targets) throws IOException {
        IndexStore.openForReading(indexDir).close(); // nothing to remove from: one line, like search
        try (IndexStore.Build build = IndexStore.begin(indexDir, true)) {
            Set<String> ids = new LinkedHashSet<>();
            List<String> notFound = new ArrayList<>();
            try (FSDirectory dir = IndexStore.openForReading(indexDir);
                 DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String target : targets) {
                    Set<String> found = reportIds(searcher, queryFor(target));
                    if (found.isEmpty()) {
                        notFound.add(target);
                    }
                    ids.addAll(found);
                }
            }
            if (ids.isEmpty()) {
                return new Summary(0, notFound, false); // closing the build rolls back: the index is unchanged
            }
            for (String id : ids) {
                build.indexer().remove(id);
            }
            build.publish();
            return new Summary(ids.size(), notFound, true);
        }
    }

    private static Query queryFor(String target) {
        if (REPORT_ID.matcher(target).matches()) {
            return new TermQuery(new Term(Fields.REPORT_ID, target));
        }
        try {
            String key = ReportIdentity.sourceKey(Path.of(target));
            return java.nio.file.Files.isDirectory(Path.of(target))
                    ? new PrefixQuery(new Term(Fields.SOURCE_KEY, key.endsWith("/") ? key : key + "/"))
                    : new TermQuery(new Term(Fields.SOURCE_KEY, key));
        } catch (InvalidPathException e) {
            return new TermQuery(new Term(Fields.REPORT_ID, target)); // not a path here: only an id could match
        }
    }

    private static Set<String> reportIds(IndexSearcher searcher, Query query) throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        ScoreDoc[] docs = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs;
        for (ScoreDoc doc : docs) {
            ids.add(searcher.storedFields().document(doc.doc, Set.of(Fields.REPORT_ID)).get(Fields.REPORT_ID));
        }
        return ids;
    }
}

package fazhi.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Records {@link Fields#SCHEMA_VERSION} in the user data of every commit, and checks it before an index is read or
 * added to: an index written by another version would answer with fields missing (or keys never matched), so it is
 * refused with a message that says how to rebuild it.
 */
public final class SchemaVersion {
    /** The commit user-data key. Indexes from before it was recorded have none: version 1. */
    static final String KEY = "fazhi.schema";

    private SchemaVersion() {
    }

    /** Makes the writer's next commits carry this version, keeping any other user data it has. */
    static void stamp(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> old = writer.getLiveCommitData();
        if (old != null) {
            old.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        data.put(KEY, Integer.toString(Fields.SCHEMA_VERSION));
        writer.setLiveCommitData(data.entrySet());
    }

    /** The schema version of the latest commit in {@code dir}. */
    public static int of(Directory dir) throws IOException {
        String v = SegmentInfos.readLatestCommit(dir).getUserData().get(KEY);
        try {
            return v == null ? 1 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The schema version of the index in this folder. */
    public static int of(Path luceneDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(luceneDir)) {
            return of(dir);
        }
    }

    /** As {@link #require(Directory, Path)}, for a Lucene index folder. */
    public static void require(Path luceneDir, Path indexDir) throws IOException {
        try (FSDirectory dir = FSDirectory.open(luceneDir)) {
            require(dir, indexDir);
        }
    }

    /**
     * Fails, saying how to rebuild, unless the index in {@code dir} has this program's schema.
     *
     * @param indexDir the index folder as the user named it, for the message
     */
    public static void require(Directory dir, Path indexDir) throws IOException {
        int found = of(dir);
        if (found != Fields.SCHEMA_VERSION) {
            throw new Mismatch(indexDir, found);
        }
    }

    /** An index written with another schema version. */
    public static final class Mismatch extends IndexUnavailableException {
        Mismatch(Path where, int found) {
            super("the index in " + where + " was built by " + (found < Fields.SCHEMA_VERSION ? "an older" : "a newer")
                    + " version of fazhi (index schema " + found + ", this version reads " + Fields.SCHEMA_VERSION
                    + "); rebuild it: fazhi index --index DIR PATH... (without --add)");
        }
    }
}

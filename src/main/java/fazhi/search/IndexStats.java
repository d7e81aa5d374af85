package fazhi.search;

import fazhi.index.IndexStore;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * What the served index holds.
 *
 * @param generation  the name of the served Lucene commit ({@code segments_N}), which changes with every build
 * @param committedAt when the served commit was built (its user data, else its segments file's time); null if
 *                    unknown
 * @param sizeBytes   the bytes of the files of the served commit
 */
public record IndexStats(long reports, long sections, String generation, Instant committedAt, long sizeBytes) {

    /** Counts and commit facts of an open reader; a reader opened on a directory knows its commit and files. */
    static IndexStats of(IndexReader reader, long reports) throws IOException {
        if (!(reader instanceof DirectoryReader dr)) {
            return new IndexStats(reports, reader.numDocs(), "", null, 0);
        }
        IndexCommit commit = dr.getIndexCommit();
        Directory dir = commit.getDirectory();
        long size = 0;
        for (String file : commit.getFileNames()) {
            size += dir.fileLength(file);
        }
        return new IndexStats(reports, reader.numDocs(), commit.getSegmentsFileName(), committedAt(commit), size);
    }

    private static Instant committedAt(IndexCommit commit) throws IOException {
        String built = commit.getUserData().get(IndexStore.BUILT_KEY);
        if (built != null) {
            try {
                return Instant.parse(built);
            } catch (DateTimeParseException e) {
                // not ours: fall back to the file's time
            }
        }
        if (FilterDirectory.unwrap(commit.getDirectory()) instanceof FSDirectory fs) {
            return Files.getLastModifiedTime(fs.getDirectory().resolve(commit.getSegmentsFileName())).toInstant();
        }
        return null;
    }
}

package fazhi.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;

/**
 * What the served index holds.
 *
 * @param generation  the name of the index generation being served, which changes with every rebuild
 * @param committedAt when the served commit was written (its segments file's time), or null if unknown
 * @param sizeBytes   the bytes of the files of the served commit
 */
public record IndexStats(long reports, long sections, String generation, Instant committedAt, long sizeBytes) {

    /** Counts and commit facts of an open reader; a reader opened on a directory knows its commit's files. */
    static IndexStats of(IndexReader reader, long reports, String generation) throws IOException {
        Instant committedAt = null;
        long size = 0;
        if (reader instanceof DirectoryReader dr) {
            IndexCommit commit = dr.getIndexCommit();
            Directory dir = commit.getDirectory();
            for (String file : commit.getFileNames()) {
                size += dir.fileLength(file);
            }
            if (FilterDirectory.unwrap(dir) instanceof FSDirectory fs) {
                Path segments = fs.getDirectory().resolve(commit.getSegmentsFileName());
                committedAt = Files.getLastModifiedTime(segments).toInstant();
            }
        }
        return new IndexStats(reports, reader.numDocs(), generation, committedAt, size);
    }
}

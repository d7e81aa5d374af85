package fazhi.index;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Adds reports to an open index by stable ids: a report put twice ends up once, with its latest sections.
 * Not thread-safe on its own terms; {@link IndexStore.Build} uses one per build.
 */
public final class SectionIndexer {
    private final IndexWriter writer;
    private final FacetsConfig config = SectionDocuments.facetsConfig();

    SectionIndexer(IndexWriter writer) {
        this.writer = writer;
    }

    /**
     * Replaces everything indexed for this report by its current sections. Deleting by report id first removes
     * sections the report no longer has; updating by section id keeps a section unique even if the same id turned
     * up twice in one batch.
     *
     * @return the number of sections indexed
     */
    public int put(Report report) throws IOException {
        writer.deleteDocuments(new Term(Fields.REPORT_ID, report.id()));
        List<Section> sections = report.sections();
        List<Document> docs = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            docs.add(SectionDocuments.build(report, sections.get(i), i, config));
        }
        for (int i = 0; i < docs.size(); i++) {
            writer.updateDocument(new Term(Fields.ID, sections.get(i).id()), docs.get(i));
        }
        return docs.size();
    }

    /** Removes a report's sections, e.g. when its file is gone. */
    public void remove(String reportId) throws IOException {
        writer.deleteDocuments(new Term(Fields.REPORT_ID, reportId));
    }
}

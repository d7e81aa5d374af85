package fazhi.bench;

import io.indextables.tantivy4java.aggregation.CountAggregation;
import io.indextables.tantivy4java.aggregation.CountResult;
import io.indextables.tantivy4java.aggregation.TermsAggregation;
import io.indextables.tantivy4java.aggregation.TermsResult;
import io.indextables.tantivy4java.core.DocAddress;
import io.indextables.tantivy4java.core.Document;
import io.indextables.tantivy4java.core.Index;
import io.indextables.tantivy4java.core.IndexWriter;
import io.indextables.tantivy4java.core.Schema;
import io.indextables.tantivy4java.core.SchemaBuilder;
import io.indextables.tantivy4java.result.SearchResult;
import io.indextables.tantivy4java.split.SplitAggregation;
import io.indextables.tantivy4java.split.SplitBooleanQuery;
import io.indextables.tantivy4java.split.SplitCacheManager;
import io.indextables.tantivy4java.split.SplitPhraseQuery;
import io.indextables.tantivy4java.split.SplitQuery;
import io.indextables.tantivy4java.split.SplitSearcher;
import io.indextables.tantivy4java.split.SplitTermQuery;
import io.indextables.tantivy4java.split.merge.QuickwitSplit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tantivy (tantivy4java) searched through a Quickwit split, whose {@code SplitSearcher} answers counts and terms
 * aggregations (its plain {@code Searcher} returns only the top k). The folded text is given to Tantivy already
 * cut into tokens separated by spaces (its whitespace tokenizer), in two layouts over the same index: characters
 * ({@code h1}/{@code t1}: a term is a phrase of its characters) and bigrams ({@code h2}/{@code t2}: a term is a
 * phrase of its overlapping character pairs, one-character terms use the character fields). Every timed request
 * names its aggregations afresh, so the split's leaf cache cannot answer a repeat from memory.
 */
final class TantivyPeer implements PeerEngine {
    enum Layout { CHARS, BIGRAMS }

    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SplitSearcher searcher;
    private final Layout layout;

    private TantivyPeer(SplitSearcher searcher, Layout layout) {
        this.searcher = searcher;
        this.layout = layout;
    }

    static Path split(int sections) throws Exception {
        // a name of its own per size: the library's global block cache seems to key on the file name
        return BenchData.folder("tantivy", sections).resolve("sections-" + sections + ".split");
    }

    /** Builds the index and its split unless a finished one exists; returns seconds spent (0 when reused). */
    static double ensure(PeerCorpus corpus, int sections) throws Exception {
        Path split = split(sections);
        if (Files.exists(split.resolveSibling("done"))) {
            return 0;
        }
        Path root = split.getParent();
        BenchData.delete(root);
        Path indexDir = root.resolve("index");
        Files.createDirectories(indexDir);
        long t0 = System.nanoTime();
        try (SchemaBuilder b = new SchemaBuilder()) {
            b.addStringField("id", true, true, false);
            b.addStringField("year", false, true, true);
            b.addStringField("township", false, true, true);
            b.addStringField("category", false, true, true);
            b.addUnsignedField("n", false, false, true);
            for (String f : List.of("h1", "t1", "h2", "t2")) { // t1 also stored, for snippets
                b.addTextField(f, f.equals("t1"), false, "whitespace", "position");
            }
            try (Schema schema = b.build();
                 Index index = new Index(schema, indexDir.toString(), false);
                 IndexWriter writer = index.writer(512_000_000, 2)) {
                for (int i = 0; i < corpus.size(); i++) {
                    try (Document d = new Document()) {
                        d.addString("id", corpus.ids[i]);
                        d.addString("year", Integer.toString(corpus.years[i]));
                        d.addString("township", corpus.townships[i]);
                        d.addString("category", corpus.categories[i]);
                        d.addUnsigned("n", 1);
                        d.addText("h1", chars(corpus.headings[i]));
                        d.addText("t1", chars(corpus.texts[i]));
                        d.addText("h2", bigrams(corpus.headings[i]));
                        d.addText("t2", bigrams(corpus.texts[i]));
                        writer.addDocument(d);
                    }
                }
                writer.commit();
                writer.waitMergingThreads();
            }
        }
        QuickwitSplit.SplitMetadata m = QuickwitSplit.convertIndexFromPath(indexDir.toString(), split.toString(),
                new QuickwitSplit.SplitConfig("fazhi-bench", "generated", "bench"));
        BenchData.delete(indexDir);
        // the searcher needs the footer offsets, which readSplitMetadata does not give back: kept beside the split
        Map<String, Object> saved = new LinkedHashMap<>();
        saved.put("splitId", m.getSplitId());
        saved.put("numDocs", m.getNumDocs());
        saved.put("uncompressed", m.getUncompressedSizeBytes());
        saved.put("footerStart", m.getFooterStartOffset());
        saved.put("footerEnd", m.getFooterEndOffset());
        saved.put("docMapping", m.getDocMappingJson());
        JSON.writeValue(split.resolveSibling("done").toFile(), saved);
        return (System.nanoTime() - t0) / 1e9;
    }

    static TantivyPeer open(int sections, Layout layout) throws Exception {
        Path split = split(sections);
        SplitCacheManager cache = SplitCacheManager.getInstance(
                new SplitCacheManager.CacheConfig("fazhi-bench-" + sections).withMaxCacheSize(2_000_000_000L));
        JsonNode m = JSON.readTree(split.resolveSibling("done").toFile());
        QuickwitSplit.SplitMetadata metadata = new QuickwitSplit.SplitMetadata(m.get("splitId").asText(),
                m.get("numDocs").asLong(), m.get("uncompressed").asLong(), null, null, Set.of(), 0, 0,
                m.get("footerStart").asLong(), m.get("footerEnd").asLong(), 0, 0, m.get("docMapping").asText(null), List.of());
        SplitSearcher s = cache.createSplitSearcher("file://" + split.toAbsolutePath(), metadata);
        return new TantivyPeer(s, layout);
    }

    /** The folded text as space-separated characters: positions are character offsets. */
    static String chars(String folded) {
        StringBuilder sb = new StringBuilder(folded.length() * 2);
        folded.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(' '));
        return sb.toString();
    }

    /** The folded text as space-separated overlapping pairs: the pair starting at character i has position i. */
    static String bigrams(String folded) {
        int[] cps = folded.codePoints().toArray();
        StringBuilder sb = new StringBuilder(cps.length * 3);
        for (int i = 0; i + 1 < cps.length; i++) {
            sb.appendCodePoint(cps[i]).appendCodePoint(cps[i + 1]).append(' ');
        }
        return sb.toString();
    }

    @Override
    public String name() {
        return layout == Layout.BIGRAMS ? "Tantivy bigrams" : "Tantivy characters";
    }

    @Override
    public Answer search(PeerQuery q) throws Exception {
        SplitBooleanQuery query = new SplitBooleanQuery();
        q.all().forEach(t -> query.addMust(term(t)));
        if (!q.any().isEmpty()) {
            SplitBooleanQuery any = new SplitBooleanQuery();
            q.any().forEach(t -> any.addShould(term(t)));
            query.addMust(any);
        }
        q.none().forEach(t -> query.addMustNot(term(t)));
        if (q.year() != null) {
            query.addMust(new SplitTermQuery("year", q.year().toString()));
        }
        String tag = Long.toString(REQUESTS.incrementAndGet()); // fresh names: no cached aggregation answers
        Map<String, SplitAggregation> aggs = new LinkedHashMap<>();
        aggs.put("count" + tag, new CountAggregation("count" + tag, "n"));
        for (String dim : PeerQuery.DIMS) {
            aggs.put(dim + tag, new TermsAggregation(dim + tag, dim, 1000, 1000));
        }
        try (SearchResult r = searcher.search(query, PeerQuery.PAGE, aggs)) {
            long total = ((CountResult) r.getAggregation("count" + tag)).getCount();
            Map<String, Map<String, Long>> facets = new HashMap<>();
            for (String dim : PeerQuery.DIMS) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (TermsResult.TermsBucket b : ((TermsResult) r.getAggregation(dim + tag)).getBuckets()) {
                    values.put(b.getKeyAsString(), b.getDocCount());
                }
                facets.put(dim, values);
            }
            List<DocAddress> page = r.getHits().stream().map(SearchResult.Hit::getDocAddress).toList();
            List<String> ids = new ArrayList<>();
            List<String> snippets = new ArrayList<>();
            for (Document d : searcher.docBatch(page, Set.of("id", "t1"))) {
                try (d) {
                    ids.add((String) d.getFirst("id"));
                    // the folded text has no white space, so dropping the separators gives it back
                    String text = ((String) d.getFirst("t1")).replace(" ", "");
                    snippets.add(PeerEngine.snippet(text, q.positive()));
                }
            }
            return new Answer(total, facets, ids, snippets);
        }
    }

    /** A literal term in the heading or the text. */
    private SplitQuery term(String t) {
        SplitBooleanQuery either = new SplitBooleanQuery();
        either.addShould(in("h", t));
        either.addShould(in("t", t));
        return either;
    }

    private SplitQuery in(String prefix, String t) {
        int[] cps = t.codePoints().toArray();
        List<String> tokens = new ArrayList<>();
        if (layout == Layout.CHARS || cps.length == 1) {
            for (int cp : cps) {
                tokens.add(new String(Character.toChars(cp)));
            }
            return tokens.size() == 1 ? new SplitTermQuery(prefix + "1", tokens.get(0))
                    : SplitPhraseQuery.exactPhrase(prefix + "1", tokens);
        }
        for (int i = 0; i + 1 < cps.length; i++) {
            tokens.add(new String(cps, i, 2));
        }
        return tokens.size() == 1 ? new SplitTermQuery(prefix + "2", tokens.get(0))
                : SplitPhraseQuery.exactPhrase(prefix + "2", tokens);
    }

    Map<String, Long> fieldSizes() {
        return new HashMap<>(searcher.getPerFieldComponentSizes());
    }

    @Override
    public void close() {
        searcher.close();
    }
}

package fazhi.search;

import fazhi.index.Fields;
import fazhi.ingest.place.DivisionLevel;
import fazhi.ingest.place.NameVariants;
import fazhi.text.Folding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Place filters as people type them: a value finds the place names the index holds whose folded form ({@link
 * Folding#forMatching}) equals the value's, whole or without its suffix ({@link NameVariants}): province:江苏 is
 * 江苏省, county:如东 is 如东县, township:洋口鎮 is 洋口镇. A value that finds nothing is refused with the nearest
 * names the index holds ({@link UnknownValueException}); one that finds several (county:朝阳: 朝阳区, 朝阳县) keeps
 * them all. The names are read once per index reader.
 */
final class PlaceFilters {
    static final Map<String, DivisionLevel> LEVELS = Map.of(Fields.PROVINCE, DivisionLevel.PROVINCE,
            Fields.CITY, DivisionLevel.CITY, Fields.COUNTY, DivisionLevel.COUNTY, Fields.TOWNSHIP, DivisionLevel.TOWNSHIP);
    static final int SUGGESTIONS = 5;

    /** The names of one dimension: every indexed value, and folded form → the values it stands for. */
    private record Names(Set<String> values, Map<String, Set<String>> byKey) {
    }

    private record Cached(IndexReader reader, Map<String, Names> byDimension) {
    }

    private volatile Cached cached;

    /** The query with every place filter replaced by the indexed names it stands for. */
    QueryNode resolve(IndexReader reader, QueryNode node) throws IOException, UnknownValueException {
        return switch (node) {
            case QueryNode.Filter f when LEVELS.containsKey(f.field()) -> {
                List<QueryNode> names = new ArrayList<>();
                for (String name : resolve(reader, f.field(), f.value())) {
                    names.add(new QueryNode.Filter(f.field(), name));
                }
                yield names.size() == 1 ? names.getFirst() : new QueryNode.Or(names);
            }
            case QueryNode.And and -> new QueryNode.And(resolveAll(reader, and.clauses()));
            case QueryNode.Or or -> new QueryNode.Or(resolveAll(reader, or.clauses()));
            case QueryNode.Not not -> new QueryNode.Not(resolve(reader, not.clause()));
            default -> node;
        };
    }

    private List<QueryNode> resolveAll(IndexReader reader, List<QueryNode> nodes)
            throws IOException, UnknownValueException {
        List<QueryNode> out = new ArrayList<>(nodes.size());
        for (QueryNode n : nodes) {
            out.add(resolve(reader, n));
        }
        return out;
    }

    /** The API's filters with every place value replaced by the indexed names it stands for. */
    Map<String, List<String>> resolve(IndexReader reader, Map<String, List<String>> filters)
            throws IOException, UnknownValueException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : filters.entrySet()) {
            if (!LEVELS.containsKey(e.getKey())) {
                out.put(e.getKey(), e.getValue());
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (String value : e.getValue()) {
                names.addAll(resolve(reader, e.getKey(), value));
            }
            out.put(e.getKey(), List.copyOf(names));
        }
        return out;
    }

    private Set<String> resolve(IndexReader reader, String dimension, String value)
            throws IOException, UnknownValueException {
        Names names = names(reader).get(dimension);
        if (names.values().contains(value)) {
            return Set.of(value);
        }
        Set<String> found = names.byKey().get(Folding.forMatching(value));
        if (found == null) {
            throw new UnknownValueException(dimension, value, nearest(names, value));
        }
        return found;
    }

    /** The indexed names nearest to the value by edit distance between folded forms (whole or short). */
    private static List<String> nearest(Names names, String value) {
        String key = Folding.forMatching(value);
        Map<String, Integer> distance = new HashMap<>();
        names.byKey().forEach((k, values) -> {
            int d = EditDistance.of(key, k);
            values.forEach(v -> distance.merge(v, d, Math::min));
        });
        return distance.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(SUGGESTIONS).map(Map.Entry::getKey).toList();
    }

    private Map<String, Names> names(IndexReader reader) throws IOException {
        Cached c = cached;
        if (c == null || c.reader() != reader) {
            Map<String, Names> byDimension = new HashMap<>();
            for (Map.Entry<String, DivisionLevel> dim : LEVELS.entrySet()) {
                byDimension.put(dim.getKey(), read(reader, dim.getKey(), dim.getValue()));
            }
            c = new Cached(reader, byDimension);
            cached = c;
        }
        return c.byDimension();
    }

    private static Names read(IndexReader reader, String field, DivisionLevel level) throws IOException {
        Set<String> values = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum it = terms.iterator();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
                values.add(term.utf8ToString());
            }
        }
        Map<String, Set<String>> byKey = new HashMap<>();
        for (String v : values) {
            byKey.computeIfAbsent(Folding.forMatching(v), k -> new LinkedHashSet<>()).add(v);
            for (String variant : NameVariants.of(v, level)) {
                byKey.computeIfAbsent(Folding.forMatching(variant), k -> new LinkedHashSet<>()).add(v);
            }
        }
        return new Names(Set.copyOf(values), byKey);
    }
}

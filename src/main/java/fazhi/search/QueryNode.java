package fazhi.search;

import java.util.List;

/** Our own query tree: what the user asked, independent of Lucene, so parsing can be tested on its own. */
public sealed interface QueryNode {
    /** Where a literal term must occur. */
    enum Scope { ANY, HEADING, TEXT, PATH }

    /** A literal to find as a substring (after normalisation) in the scope; quoted or not, it is one literal. */
    record Term(String text, Scope scope, int position) implements QueryNode {
    }

    /** An exact keyword filter on a metadata field: province, city, county, township, category. */
    record Filter(String field, String value) implements QueryNode {
    }

    /** year:2023 is a range from 2023 to 2023. */
    record YearRange(int from, int to) implements QueryNode {
    }

    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    record Not(QueryNode clause) implements QueryNode {
    }

    /** The empty query: every section, for browsing by facets. */
    record All() implements QueryNode {
    }
}

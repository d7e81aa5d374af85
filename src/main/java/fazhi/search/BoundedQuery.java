package fazhi.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query that checks a {@link Deadline} while it is scored: every {@value #DOCS_PER_CHECK} documents its
 * iterator visits and before every exact match check (a long phrase can cost milliseconds per document). Lucene's
 * own {@code IndexSearcher.setTimeout} checks between windows of documents that grow as the search runs, and not at
 * all under DrillSideways, so it cannot promise a bound.
 */
final class BoundedQuery extends Query {
    private static final int DOCS_PER_CHECK = 64;

    private final Query in;
    private final Deadline deadline;

    BoundedQuery(Query in, Deadline deadline) {
        this.in = in;
        this.deadline = deadline;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        deadline.check();
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new BoundedQuery(rewritten, deadline);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = searcher.createWeight(in, scoreMode, boost);
        return new Weight(this) {
            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                return inner.explain(context, doc);
            }

            @Override
            public Matches matches(LeafReaderContext context, int doc) throws IOException {
                deadline.check(); // the highlighter asks per hit, and a long phrase costs milliseconds per hit
                return inner.matches(context, doc);
            }

            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                deadline.check();
                ScorerSupplier supplier = inner.scorerSupplier(context);
                return supplier == null ? null : new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new Bounded(supplier.get(leadCost));
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // a cached answer would skip the checks, and this query's deadline is its own
            }
        };
    }

    /** The inner scorer, with the deadline checked as its documents are visited and matched. */
    private final class Bounded extends Scorer {
        private final Scorer in;
        private final TwoPhaseIterator twoPhase;
        private final DocIdSetIterator iterator;
        private int visited;

        Bounded(Scorer in) {
            this.in = in;
            TwoPhaseIterator inner = in.twoPhaseIterator();
            this.twoPhase = inner == null ? null : new TwoPhaseIterator(visiting(inner.approximation())) {
                @Override
                public boolean matches() throws IOException {
                    deadline.check();
                    return inner.matches();
                }

                @Override
                public float matchCost() {
                    return inner.matchCost();
                }
            };
            this.iterator = twoPhase == null ? visiting(in.iterator())
                    : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        private DocIdSetIterator visiting(DocIdSetIterator docs) {
            return new DocIdSetIterator() {
                @Override
                public int docID() {
                    return docs.docID();
                }

                @Override
                public int nextDoc() throws IOException {
                    tick();
                    return docs.nextDoc();
                }

                @Override
                public int advance(int target) throws IOException {
                    tick();
                    return docs.advance(target);
                }

                @Override
                public long cost() {
                    return docs.cost();
                }
            };
        }

        private void tick() {
            if (++visited % DOCS_PER_CHECK == 0) {
                deadline.check();
            }
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public float score() throws IOException {
            return in.score();
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            in.setMinCompetitiveScore(minScore);
        }

        @Override
        public Collection<ChildScorable> getChildren() {
            return java.util.List.of(new ChildScorable(in, "BOUNDED"));
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "bounded(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && in.equals(((BoundedQuery) other).in)
                && deadline == ((BoundedQuery) other).deadline;
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + in.hashCode();
    }
}

package fazhi.ingest;

import fazhi.text.Folding;
import java.util.ArrayList;
import java.util.List;

/** Maps a top-level heading to its {@link Category} by the phrase table {@code categories.tsv}. */
public final class Categories {
    private record Row(Category category, List<String> phrases) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    static {
        for (String[] row : Rules.tsv("categories.tsv")) {
            Category category = Category.byId(row[0]);
            if (category == null) {
                throw new IllegalStateException("categories.tsv: unknown category " + row[0]);
            }
            List<String> phrases = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                phrases.add(Folding.forMatching(row[i]));
            }
            ROWS.add(new Row(category, List.copyOf(phrases)));
        }
    }

    private Categories() {
    }

    /** The category this heading opens, or null when no phrase of the table occurs in it. */
    public static Category of(String heading) {
        String folded = Folding.forMatching(heading);
        for (Row row : ROWS) {
            for (String phrase : row.phrases()) {
                if (folded.contains(phrase)) {
                    return row.category();
                }
            }
        }
        return null;
    }
}

package fazhi.ingest;

import java.util.List;

/**
 * Decides the category of each top-level part of one report, in reading order. A part whose heading names
 * shortcomings, plans, leadership duty or "other matters" ({@code categories.tsv}) gets that category. Every other
 * part is read from where it stands, as a reader would: before the plans it is one of the report's measures, however
 * it is worded ("一、强化党建引领，夯实法治基础", "一、2022年度工作回顾"); right after a shortcomings part it continues
 * that part ("三、原因分析"), which the structure leaves unclear, so a warning says so; after the plans or the other
 * matters it is other, with a warning.
 */
final class TopParts {
    private final List<String> warnings;
    private Category previous;
    private boolean pastPlans;

    TopParts(List<String> warnings) {
        this.warnings = warnings;
    }

    /** The category of the top-level part this heading opens at this line. */
    Category next(String heading, int line) {
        Category named = Categories.of(heading);
        Category category = named != null ? named : unnamed(heading, line);
        pastPlans |= category == Category.PLANS || category == Category.OTHER;
        previous = category;
        return category;
    }

    private Category unnamed(String heading, int line) {
        if (pastPlans) {
            warnings.add("line " + line + ": heading “" + heading + "” follows the plans and names no part of the "
                    + "statutory report structure; its sections count as other");
            return Category.OTHER;
        }
        if (previous == Category.SHORTCOMINGS) {
            warnings.add("line " + line + ": heading “" + heading + "” follows the shortcomings and names no part of "
                    + "the statutory report structure; its sections count as shortcomings");
            return Category.SHORTCOMINGS;
        }
        return Category.MEASURES;
    }
}

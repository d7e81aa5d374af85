package fazhi.testing;

import fazhi.ingest.Category;
import fazhi.ingest.Report;
import fazhi.ingest.Section;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An index on which one query is costly because of the data, not because of how busy the machine is: sections that
 * are one long run of 的, two in every category, so that {@link #QUERY} (的 × 999) must check its phrase at every
 * position of every section. Tests of the search bounds (time limit, cap, health, abandoned requests) use it.
 */
public final class CostlyIndex {
    /** Characters of 的 per section. */
    public static final int RUN = 4000;
    /** The costly query: 的 × 999. */
    public static final String QUERY = "的".repeat(999);
    /** {@link #QUERY} with every category as a filter, URL-encoded: each section needs a 999-character phrase check. */
    public static final String PARAMS = "q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)
            + Arrays.stream(Category.values()).map(c -> "&category=" + c.id()).collect(Collectors.joining());

    private CostlyIndex() {
    }

    /** Writes the index into {@code dir}. */
    public static void write(Path dir) throws IOException {
        Fixtures.index(dir, reports());
    }

    private static List<Report> reports() {
        List<Report> out = new ArrayList<>();
        for (Category c : Category.values()) {
            for (int i = 0; i < 2; i++) {
                String id = "slow" + c.id() + i;
                Section s = new Section(id + "-1", 1, "一、情况", List.of("一、情况"), c.id(), "的".repeat(RUN), 1);
                out.add(new Report(id, id + ".txt", "重复字镇报告" + id, null, null, "重复字镇", "重复县", null, null,
                        null, null, 2020 + i, "title", null, null, Map.of(), List.of(), List.of(s)));
            }
        }
        return out;
    }
}

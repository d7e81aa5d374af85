package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser recovers instead of throwing, and still loses nothing, on reports shuffled together from the lines of
 * every seed and fixture with odd lines mixed in (deterministic: the seed of each case is its number).
 */
class ParserRobustnessTest {
    private static final List<String> ODD_LINES = List.of("（", "一、", "1.", "（一）", "5、", "：", "2023年", "2023年1月",
            "2023年13月45日", "人民政府", "县委、县政府：", "索引号：", "关于", "报告", "\u0001\u0002", "🙂🙂", "<script>",
            "(((((((", "一是", "第一部分", "０１．", "十一、", "九十九、", "（100）", "\t\t", "　", "\uFEFF");

    static Stream<Integer> cases() {
        return IntStream.range(0, 60).boxed();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void shuffled_reports_parse_without_losing_text(int seed) throws Exception {
        Random random = new Random(seed);
        List<String> pool = new ArrayList<>();
        for (Path file : Stream.concat(Fixtures.seeds().stream(), Fixtures.fixtures().stream()).toList()) {
            pool.addAll(List.of(TextDecoder.decode(Files.readAllBytes(file)).text().split("\n")));
        }
        List<String> lines = new ArrayList<>();
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            lines.add(random.nextInt(4) == 0 ? ODD_LINES.get(random.nextInt(ODD_LINES.size()))
                    : pool.get(random.nextInt(pool.size())));
        }
        String raw = String.join(random.nextBoolean() ? "\n" : "\r\n", lines);
        List<Line> cleaned = Cleaner.clean(raw);
        if (cleaned.isEmpty()) {
            return;
        }
        Report report = ReportParser.parse("case" + seed, "case-" + seed, cleaned);
        assertNotNull(report.sections());
        Lossless.assertNothingLost("case " + seed, raw, report);
    }
}

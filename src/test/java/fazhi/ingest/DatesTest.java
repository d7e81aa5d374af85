package fazhi.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void reads_the_date_shapes_of_signatures() {
        LocalDate expected = LocalDate.of(2023, 1, 13);
        for (String line : new String[] {"2023年1月13日", "2023 年 1 月 13 日", "二〇二三年一月十三日", "2023-01-13",
                "2023.1.13", "2023/01/13", "（2023年1月13日）", "２０２３年１月１３日"}) {
            assertEquals(expected, Dates.parseLine(line), line);
        }
    }

    @Test
    void a_line_with_more_than_a_date_or_an_impossible_date_is_not_a_date() {
        assertNull(Dates.parseLine("2023年1月13日召开会议"));
        assertNull(Dates.parseLine("2023年2月30日"));
        assertNull(Dates.parseLine("2023年"));
    }
}

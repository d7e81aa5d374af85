package fazhi.ingest.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The bare-name scan after a slogan prefix (法治李庄) reads a bounded number of characters, so parsing stays linear. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BareNameScanTest {
    /** Text that counts every character read. */
    private static final class Counting implements CharSequence {
        private final String text;
        long reads;

        Counting(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Characters read when the scan looks after every 法治 of the text. */
    private static long readsAfterEveryPrefix(String text) {
        Counting counting = new Counting(text);
        for (int at = text.indexOf("法治"); at >= 0; at = text.indexOf("法治", at + 1)) {
            MentionScanner.bareNameAt(counting, at + 2);
        }
        return counting.reads;
    }

    @Test
    void a_slogan_name_of_two_to_four_han_characters_is_found_and_a_longer_run_is_not() {
        assertEquals("李庄", MentionScanner.bareNameAt("建设法治李庄、平安李庄", 4));
        assertEquals("李家庄村", MentionScanner.bareNameAt("法治李家庄村", 2));
        assertNull(MentionScanner.bareNameAt("法治李家庄村委会", 2));
        assertNull(MentionScanner.bareNameAt("法治李", 2));
    }

    @Test
    void unpunctuated_text_is_scanned_in_characters_proportional_to_its_length() {
        String unit = "法治政府建设";
        long small = readsAfterEveryPrefix(unit.repeat(10_000));
        long large = readsAfterEveryPrefix(unit.repeat(40_000));
        assertEquals(4.0, (double) large / small, 0.01); // four times the text, four times the reads
        assertTrue(small <= 10_000L * (MentionScanner.MAX_BARE_NAME + 2), small + " reads"); // a few per 法治
    }
}

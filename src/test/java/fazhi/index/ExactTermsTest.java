package fazhi.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

class ExactTermsTest {
    private static List<String> terms(ExactTerms t) {
        return Arrays.stream(t.terms()).map(Term::toString).toList();
    }

    @Test
    void one_character_is_its_unigram_in_the_unigram_field() {
        ExactTerms t = ExactTerms.of(Fields.TEXT, "村");
        assertEquals(List.of("text_unigrams:村"), terms(t));
        assertEquals(1, t.length());
        assertEquals(List.of("path:村"), terms(ExactTerms.forHighlighting(Fields.PATH, "村")));
    }

    @Test
    void longer_literals_are_bigrams_covering_every_character_once_the_last_pair_overlapping() {
        ExactTerms four = ExactTerms.of(Fields.HEADING, "法律顾问");
        assertEquals(List.of("heading:法律", "heading:顾问"), terms(four));
        assertArrayEquals(new int[] {0, 2}, four.offsets());
        ExactTerms five = ExactTerms.of(Fields.TEXT, "法治宣传队");
        assertEquals(List.of("text:法治", "text:宣传", "text:传队"), terms(five));
        assertArrayEquals(new int[] {0, 2, 3}, five.offsets());
        assertEquals(5, five.length());
        assertEquals(List.of("text:政府"), terms(ExactTerms.of(Fields.TEXT, "政府")));
    }

    @Test
    void a_character_outside_the_bmp_is_one_character_of_a_bigram() {
        ExactTerms t = ExactTerms.of(Fields.TEXT, "😀表情");
        assertEquals(List.of("text:😀表", "text:表情"), terms(t));
        assertArrayEquals(new int[] {0, 1}, t.offsets());
    }
}

package fazhi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MatchCountTest {
    @Test
    void occurrencesAreCountedNonOverlappingLeftToRight() {
        assertEquals(1, QueryTranslator.countOccurrences("村村村", "村村"));
        assertEquals(2, QueryTranslator.countOccurrences("村村村村", "村村"));
        assertEquals(0, QueryTranslator.countOccurrences("村", ""));
        assertEquals(3, QueryTranslator.countOccurrences("村村村", "村"));
    }
}

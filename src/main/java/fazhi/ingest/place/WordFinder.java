package fazhi.ingest.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a few short words (我镇, 法治 …) in one pass over a text: a table of first characters rejects most
 * positions at once, where one {@code indexOf} per word would read the text once per word.
 */
final class WordFinder {
    interface Hit {
        void at(String word, int start);
    }

    private final boolean[] firstChars = new boolean[Character.MAX_VALUE + 1];
    private final Map<Character, List<String>> wordsByFirstChar = new HashMap<>();

    WordFinder(Collection<String> words) {
        for (String word : words) {
            firstChars[word.charAt(0)] = true;
            wordsByFirstChar.computeIfAbsent(word.charAt(0), c -> new ArrayList<>()).add(word);
        }
    }

    /** Reports every occurrence of every word; occurrences may overlap. */
    void find(String text, Hit hit) {
        for (int i = 0; i < text.length(); i++) {
            if (firstChars[text.charAt(i)]) {
                for (String word : wordsByFirstChar.get(text.charAt(i))) {
                    if (text.startsWith(word, i)) {
                        hit.at(word, i);
                    }
                }
            }
        }
    }
}

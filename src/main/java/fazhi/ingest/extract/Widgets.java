package fazhi.ingest.extract;

import fazhi.ingest.PageShapes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Page widgets around an article — share, print and font-size buttons, 语音播报 players, QR codes — by their class
 * words ({@code widget-classes.txt}) and, at the article's edges, by their words ({@code chrome.tsv} via
 * {@link PageShapes#isChrome}). Inside the body a line of widget words is report text and stays.
 */
final class Widgets {
    private static final Set<String> CLASS_WORDS = classWords();
    /** An element with this much text, or a sentence, is content whatever its class says. */
    private static final int MAX_WIDGET_CHARS = 80;

    private Widgets() {
    }

    static void remove(Element article) {
        for (Element e : new ArrayList<>(article.getAllElements())) {
            if (e != article && e.parent() != null && isWidget(e)) {
                e.remove();
            }
        }
    }

    /** The lines without widget lines above the first sentence and below the last one. */
    static List<String> trimEdges(List<String> lines) {
        int first = 0;
        while (first < lines.size() && !lines.get(first).contains("。")) {
            first++;
        }
        int last = lines.size() - 1;
        while (last >= 0 && !lines.get(last).contains("。")) {
            last--;
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean edge = i < first || i > last;
            if (!(edge && PageShapes.isChrome(lines.get(i)))) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static boolean isWidget(Element e) {
        String text = e.text();
        if (text.length() > MAX_WIDGET_CHARS || text.contains("。")) {
            return false;
        }
        List<String> names = new ArrayList<>(e.classNames());
        names.add(e.id());
        for (String name : names) {
            for (String part : name.toLowerCase(Locale.ROOT).split("[-_\\s]+")) {
                if (CLASS_WORDS.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> classWords() {
        try (InputStream in = Widgets.class.getResourceAsStream("widget-classes.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing widget-classes.txt");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

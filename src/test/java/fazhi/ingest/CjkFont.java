package fazhi.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A Chinese font of the system for the PDF fixtures, embedded as PDF writers embed it (a subset of the glyphs used,
 * with a ToUnicode map). PDFBox embeds TrueType outlines only: the CFF-based Noto CJK collections (fonts-noto-cjk)
 * fail ("OTF fonts do not have a glyf table"), so a TrueType CJK font is needed; Debian's fonts-wqy-microhei or
 * fonts-wqy-zenhei (installed by {@code .ci/run}). Without one, a test that needs a PDF is skipped with a message
 * saying what to install, except under CI=true, where it fails.
 */
final class CjkFont {
    /** A font file and the name of the font in it (a .ttc holds several). */
    private record Candidate(Path file, String name) {
    }

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"), "WenQuanYiMicroHei"),
            new Candidate(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), "WenQuanYiZenHei"),
            new Candidate(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"), "AR PL UMing CN"));

    static final String MISSING = "PDF fixtures need a TrueType Chinese font to embed (apt-get install "
            + "fonts-wqy-microhei); PDFBox cannot embed the CFF-based Noto CJK fonts";

    private CjkFont() {
    }

    /** The first candidate found, loaded into {@code doc} for subset embedding; skips (or fails under CI) if none. */
    static synchronized PDType0Font embed(PDDocument doc) throws IOException {
        if (font == null) {
            font = find();
        }
        return PDType0Font.load(doc, font, true);
    }

    /** Opened once and left open for the run: each PDF's subset is read from it when the PDF is saved. */
    private static TrueTypeFont font;

    private static TrueTypeFont find() throws IOException {
        for (Candidate c : CANDIDATES) {
            if (Files.isReadable(c.file())) {
                TrueTypeFont found = new TrueTypeCollection(c.file().toFile()).getFontByName(c.name());
                if (found != null) {
                    return found;
                }
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(MISSING + " — mandatory because CI=true; not found: " + CANDIDATES);
        }
        Assumptions.abort("skipped: " + MISSING);
        throw new AssertionError("unreachable");
    }
}

package fazhi.ingest.place;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The parser hands over whatever a report contains: resolving must never fail, only say what it could not do. */
class ResolverRobustnessTest {
    private static final PlaceResolver RESOLVER = PlaceResolver.official();

    @Test
    void resolves_every_slice_of_every_seed_without_failing() throws IOException {
        for (String text : seedTexts()) {
            for (int start = 0; start < text.length(); start += 97) {
                String slice = text.substring(start, Math.min(text.length(), start + 300));
                assertResolvesCleanly(new PlaceEvidence(slice, slice, List.of(slice), slice));
            }
        }
    }

    @Test
    void resolves_random_mixtures_of_place_characters_without_failing() {
        String alphabet = "镇乡街道苏木县区市旗省州盟我本法治平安美丽“”。、 \n\t龍門鄉縣區小江阳山宝丰李庄洋口如东"
                + "酉阳泔溪重庆北京朝阳建外回族自治土家苗族城区公安交通a1\uFEFF\u3000\uD83D\uDE00";
        Random random = new Random(20231130);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertResolvesCleanly(new PlaceEvidence(s, null, List.of(s, ""), s + s));
        }
    }

    private static void assertResolvesCleanly(PlaceEvidence evidence) {
        Place place = RESOLVER.resolve(evidence);
        assertNotNull(place.warnings());
        assertTrue(place.warnings().stream().noneMatch(w -> w.startsWith("place resolution failed")),
                () -> place.warnings() + " for " + evidence.title());
        boolean countyLevel = place.warnings().stream().anyMatch(w -> w.contains("at county level"));
        assertTrue(place.divisionCode() == null || place.divisionCode().length() == 9
                || countyLevel && place.divisionCode().length() == 6);
    }

    private static List<String> seedTexts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files.sorted().map(ResolverRobustnessTest::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

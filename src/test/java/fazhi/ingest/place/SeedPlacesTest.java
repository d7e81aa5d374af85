package fazhi.ingest.place;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 3's acceptance: the five bundled seeds, read raw (title = first non-blank line, text = whole file). */
class SeedPlacesTest {

    @ParameterizedTest(name = "seed {0} is placed in {1} / {2} / {3} / {4} / {5}")
    @CsvSource(nullValues = "null", value = {
            "000, 广东省, 清远市, 阳山县, 小江镇, 441823111",
            "001, 湖南省, 怀化市, 麻阳苗族自治县, 锦和镇, 431226101",
            "002, 河南省, 平顶山市, 宝丰县, 李庄乡, 410421203",
            "003, 重庆市, null, 酉阳土家族苗族自治县, 泔溪镇, 500242110",
            "004, 江苏省, 南通市, 如东县, 洋口镇, 320623101"})
    void places_each_seed_in_its_official_division(String seed, String province, String city, String county,
                                                    String township, String code) throws IOException {
        Place place = PlaceResolver.official().resolve(evidenceOf(seedFile(seed)));

        assertEquals(new Place(province, city, county, township, code, List.of()), place);
    }

    static PlaceEvidence evidenceOf(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String title = Arrays.stream(text.split("\\R")).filter(line -> !line.isBlank()).findFirst().orElse(null);
        return new PlaceEvidence(title, null, List.of(), text);
    }

    static Path seedFile(String number) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(number + "_")).findFirst().orElseThrow();
        }
    }
}

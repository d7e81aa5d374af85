package fazhi.ingest.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Every township of the table, named as a report would name it, comes back as itself and nothing else. */
class WholeTableTest {
    private static final DivisionTable TABLE = DivisionTable.official();
    private static final PlaceResolver RESOLVER = PlaceResolver.official();

    @Test
    void resolves_every_township_titled_by_its_name_alone_or_with_its_county_when_shared() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Division province : provinces()) {
            for (Division township : TABLE.townshipsIn(province)) {
                if (!matchable(township) || !uniqueUnder(township)) {
                    continue;
                }
                checked++;
                boolean shared = TABLE.townshipsNamed(township.name()).size() > 1;
                String prefix = shared ? issuerPrefix(township) : "";
                Place place = RESOLVER.resolve(new PlaceEvidence(prefix + township.name() + "2023年法治政府建设情况报告",
                        null, List.of(), "2023年，我们深入学习贯彻习近平法治思想，全面推进依法行政。"));
                if (!township.code().equals(place.divisionCode())) {
                    failures.add(prefix + township.name() + " " + township.code() + " → " + place);
                }
            }
        }
        assertTrue(checked > 38_000, checked + " checked");
        assertEquals(List.of(), failures.stream().limit(20).toList());
    }

    /**
     * The county's name, as a township government signs ("阳山县小江镇人民政府"); with the city before it where
     * the county's name is an ordinary word (郊区, 新县) that alone is never read as a place.
     */
    private static String issuerPrefix(Division township) {
        Division county = TABLE.countyOf(township);
        Division city = TABLE.cityOf(township);
        if (county == null) {
            return city == null ? "" : city.name();
        }
        boolean ordinaryWord = TABLE.countiesNamed(county.name()).isEmpty();
        return (ordinaryWord && city != null ? city.name() : "") + county.name();
    }

    private static List<Division> provinces() {
        List<Division> provinces = new ArrayList<>();
        for (int code = 11; code <= 82; code++) {
            TABLE.byCode(String.valueOf(code)).ifPresent(provinces::add);
        }
        return provinces;
    }

    private static boolean matchable(Division township) {
        return TABLE.townshipsNamed(township.name()).contains(township); // 镇/乡/街道/苏木 with a name before it
    }

    /** Two units of one name under counties of one name (e.g. two 鼓楼区) cannot be told apart by this title. */
    private static boolean uniqueUnder(Division township) {
        Division parent = Objects.requireNonNullElse(TABLE.countyOf(township), TABLE.cityOf(township));
        return TABLE.townshipsNamed(township.name()).stream()
                .filter(t -> !t.equals(township))
                .noneMatch(t -> {
                    Division other = Objects.requireNonNullElse(TABLE.countyOf(t), TABLE.cityOf(t));
                    return parent == null || other == null || other.name().equals(parent.name());
                });
    }
}

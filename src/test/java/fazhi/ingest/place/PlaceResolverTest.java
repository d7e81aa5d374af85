package fazhi.ingest.place;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small reports of our own, one per shape issue 3 names. Expected codes are looked up in the shipped table. */
class PlaceResolverTest {
    private static final DivisionTable TABLE = DivisionTable.official();
    private static final PlaceResolver RESOLVER = PlaceResolver.official();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        settles a duplicated name by a county mention | 三都镇2023年法治政府建设情况报告 \
            | 2023年，在建德市委、市政府的正确领导下，我镇全面推进依法行政。 | 三都镇 | 建德市
        settles a duplicated name by a province mention | 三都镇2023年法治政府建设情况报告 \
            | 我镇认真贯彻落实浙江省法治政府建设实施方案，与浙江某律师事务所签订法律顾问合同。 | 三都镇 | 浙江省
        settles a duplicated name by the county party committee | 洋口镇2023年法治政府建设情况报告 \
            | 在中共如东县委的坚强领导下，我镇全面推进依法行政。 | 洋口镇 | 如东县
        places a report whose title lacks the township from its text | 关于2023年法治政府建设工作情况的报告 \
            | 2023年，洋口镇坚持依法行政。我镇与如东县司法局联合开展普法宣传，洋口镇综合执法局规范执法。 \
            | 洋口镇 | 如东县
        completes a slogan name with the suffix the report uses for itself | 关于2023年法治政府建设情况的报告 \
            | 我乡根据《宝丰县人民政府2023年度法治政府建设重点工作安排》推进工作，为建设“法治李庄”“平安李庄”而奋斗。 \
            | 李庄乡 | 宝丰县
        lets no unsupported mention override a unique township | 泔溪镇2021年度法治政府建设情况报告 \
            | 立足宝安实际，推进产业扶持、营商环境等重点领域制度“立改废”。我镇持续推进街道综合执法。 | 泔溪镇 | 重庆市
        prefers the township named in the title over one named in passing | 泔溪镇2021年度法治政府建设情况报告 \
            | 我镇学习借鉴阳山县小江镇的经验，推进依法治镇。 | 泔溪镇 | 重庆市
        reads a name that a conversion spread over spaces and tabs | 小 江 镇 2022 年法治政府建设 年度报告 \
            | 我镇在阳山\t\u3000县委、县政府的领导下推进依法行政。 | 小江镇 | 阳山县
        places a 苏木 of Inner Mongolia | 吉忽伦图苏木法治政府建设工作报告 | 我苏木坚持依法行政。 | 吉忽伦图苏木 | 内蒙古自治区
        """)
    void places_the_report(String shape, String title, String text, String township, String within) {
        Division expected = only(township, t -> pathNames(t).contains(within));

        assertEquals(placeOf(expected), resolve(title, text), shape);
    }

    @Test
    void leaves_an_unsettled_duplicated_name_unknown_above_the_township_and_says_so() {
        int namesakes = TABLE.townshipsNamed("三都镇").size();

        Place place = resolve("三都镇2023年法治政府建设情况报告", "2023年，我镇深入学习贯彻习近平法治思想。");

        assertAll(
                () -> assertEquals("三都镇", place.township()),
                () -> assertNull(place.county()),
                () -> assertNull(place.city()),
                () -> assertNull(place.province()),
                () -> assertNull(place.divisionCode()),
                () -> assertEquals(1, place.warnings().size()),
                () -> assertTrue(place.warnings().get(0).contains("三都镇 is ambiguous: " + namesakes + " candidates"),
                        place.warnings().get(0)));
    }

    @Test
    void keeps_a_name_ambiguous_when_the_province_leaves_two_namesakes() {
        List<Division> inHunan = TABLE.townshipsNamed("三都镇").stream()
                .filter(t -> TABLE.provinceOf(t).name().equals("湖南省")).toList();

        Place place = resolve("三都镇法治政府建设工作总结", "我镇在湖南省委、省政府部署下推进法治建设。");

        assertEquals(2, inHunan.size());
        assertAll(
                () -> assertNull(place.divisionCode()),
                () -> assertNull(place.province()),
                () -> assertTrue(place.warnings().get(0).contains("2 candidates"), place.warnings().get(0)),
                () -> inHunan.forEach(t -> assertTrue(place.warnings().get(0).contains(t.code()))));
    }

    @Test
    void places_a_street_office_report_from_its_page_metadata_when_the_title_lacks_the_township() throws IOException {
        Division expected = only("鼓楼街道", t -> TABLE.countyOf(t).name().equals("海曙区"));
        String page = fixture("webpage-copy-without-title-township.txt");

        Place place = RESOLVER.resolve(new PlaceEvidence("关于2023年度法治政府建设情况的报告", null,
                List.of("11371402MB28514XYZ/2024-00012", "海曙区鼓楼街道办事处", "2024-01-18"), page));

        assertEquals(placeOf(expected), place);
        assertEquals("宁波市", place.city());
    }

    @Test
    void gives_a_street_office_its_official_name_when_written_as_a_street() {
        Place place = resolve("库伦街道2023年法治政府建设工作报告", "我街道坚持依法行政。");

        assertEquals("库伦街道办事处", place.township());
        assertEquals(TABLE.townshipsNamed("库伦街道办事处").get(0).code(), place.divisionCode());
    }

    @Test
    void places_a_township_of_a_county_level_city_directly_under_the_province_without_city() {
        Division expected = only("沙嘴街道", t -> true);

        Place place = resolve("沙嘴街道2023年法治政府建设年度报告", "我街道在仙桃市委、市政府领导下推进法治建设。");

        assertAll(
                () -> assertEquals(expected.code(), place.divisionCode()),
                () -> assertEquals("湖北省", place.province()),
                () -> assertNull(place.city(), "仙桃市 sits under 省直辖县级行政区划, which is no city"),
                () -> assertEquals("仙桃市", place.county()));
    }

    @Test
    void places_a_township_of_a_city_without_counties_with_county_null() {
        Division expected = only("东城街道", t -> java.util.Objects.equals(nameOf(TABLE.cityOf(t)), "东莞市"));

        Place place = resolve("东城街道2023年法治政府建设情况报告", "我街道坚持在东莞市委、市政府的领导下依法行政。");

        assertAll(
                () -> assertEquals(expected.code(), place.divisionCode()),
                () -> assertEquals("广东省", place.province()),
                () -> assertEquals("东莞市", place.city()),
                () -> assertNull(place.county(), "东莞市 has no counties"));
    }

    @Test
    void folds_a_traditional_character_report_to_the_official_simplified_name() throws IOException {
        Division expected = only("小龙门乡", t -> true);
        String report = fixture("traditional-township-report.txt");

        Place place = RESOLVER.resolve(new PlaceEvidence("小龍門鄉2023年法治政府建設工作報告",
                "小龍門鄉人民政府", List.of(), report));

        assertEquals(placeOf(expected), place);
        assertEquals("小龙门乡", place.township());
    }

    @Test
    void places_a_municipality_district_with_city_null() {
        Place place = resolve("建外街道2023年法治政府建设情况报告", "我街道在朝阳区委、区政府领导下，推进法治朝阳建设。");

        assertEquals(new Place("北京市", null, "朝阳区", "建外街道", "110105001", List.of()), place);
    }

    @Test
    void gives_an_ethnic_township_its_official_name_when_written_without_the_ethnic_group() {
        Division expected = only("于家务回族乡", t -> true);

        Place place = resolve("于家务乡2023年法治政府建设工作报告", "我乡在通州区委、区政府的领导下推进依法行政。");

        assertEquals(placeOf(expected), place);
        assertEquals("于家务回族乡", place.township());
    }

    @Test
    void does_not_read_a_township_name_inside_ordinary_words() {
        Place place = resolve("关于法治政府建设情况的报告", "进一步提高镇域治理水平，改善交通镇区道路，执法局联合镇派出所检查。");

        assertNull(place.township());
        assertEquals(1, place.warnings().size());
    }

    @Test
    void reports_an_unknown_place_instead_of_throwing_on_empty_evidence() {
        for (PlaceEvidence evidence : List.of(new PlaceEvidence(null, null, null, null),
                new PlaceEvidence("", "", java.util.Arrays.asList(null, ""), ""),
                new PlaceEvidence("镇", "乡", List.of("街道"), "我镇我乡“法治”"))) {
            Place place = RESOLVER.resolve(evidence);
            assertNull(place.divisionCode());
            assertEquals(1, place.warnings().size(), place.toString());
        }
        assertEquals(1, RESOLVER.resolve(null).warnings().size());
    }

    private static Place resolve(String title, String text) {
        return RESOLVER.resolve(new PlaceEvidence(title, null, List.of(), title + "\n" + text));
    }

    /** The one township of that name matching {@code where}; fails the test if the table has none or several. */
    private static Division only(String name, Predicate<Division> where) {
        List<Division> matching = TABLE.townshipsNamed(name).stream().filter(where).toList();
        assertEquals(1, matching.size(), () -> name + " matches " + matching);
        return matching.get(0);
    }

    private static List<String> pathNames(Division township) {
        return java.util.stream.Stream.of(TABLE.provinceOf(township), TABLE.cityOf(township), TABLE.countyOf(township))
                .filter(java.util.Objects::nonNull).map(Division::name).toList();
    }

    private static Place placeOf(Division township) {
        return new Place(nameOf(TABLE.provinceOf(township)), nameOf(TABLE.cityOf(township)),
                nameOf(TABLE.countyOf(township)), township.name(), township.code(), List.of());
    }

    private static String nameOf(Division division) {
        return division == null ? null : division.name();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = PlaceResolverTest.class.getResourceAsStream("/place/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

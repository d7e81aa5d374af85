package fazhi.ingest.place;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionTableTest {
    private static final DivisionTable TABLE = DivisionTable.official();

    @Test
    void loads_every_township_level_unit_of_the_shipped_table() {
        assertEquals(41_352, TABLE.townshipCount());
        assertEquals("洋口镇", TABLE.byCode("320623101").orElseThrow().name());
        assertTrue(TABLE.byCode("999999999").isEmpty());
        assertTrue(TABLE.byCode(null).isEmpty());
    }

    @Test
    void finds_every_namesake_of_a_township_name() {
        assertEquals(3, TABLE.townshipsNamed("洋口镇").size());
        assertEquals(14, TABLE.townshipsNamed("鼓楼街道").size());
    }

    @Test
    void gives_a_municipality_county_no_city_and_a_city_without_counties_no_county() {
        Division ganxi = TABLE.byCode("500242110").orElseThrow();
        Division dongguanTownship = TABLE.townshipsIn(TABLE.citiesNamed("东莞市").get(0)).get(0);

        assertAll(
                () -> assertEquals("重庆市", TABLE.provinceOf(ganxi).name()),
                () -> assertNull(TABLE.cityOf(ganxi), "5002 县 is no city"),
                () -> assertEquals("酉阳土家族苗族自治县", TABLE.countyOf(ganxi).name()),
                () -> assertEquals("东莞市", TABLE.cityOf(dongguanTownship).name()),
                () -> assertNull(TABLE.countyOf(dongguanTownship), "东莞市 has no counties"));
    }

    @Test
    void finds_counties_by_full_name_customary_alias_and_safe_stem() {
        assertAll(
                () -> assertEquals(List.of("410421"), codes(TABLE.countiesNamed("宝丰县"))),
                () -> assertEquals(List.of("410421"), codes(TABLE.countiesNamed("宝丰"))),
                () -> assertEquals(List.of("500242"), codes(TABLE.countiesNamed("酉阳"))),
                () -> assertEquals(List.of("500242"), codes(TABLE.countiesNamed("酉阳县"))),
                () -> assertEquals(List.of("431226"), codes(TABLE.countiesNamed("麻阳县"))),
                () -> assertEquals(List.of("320623"), codes(TABLE.countiesNamed("如东"))),
                () -> assertTrue(TABLE.countiesNamed("鼓楼区").size() > 1, "full names may be shared"));
    }

    @Test
    void never_reads_generic_or_shared_stems_as_a_county() {
        for (String stem : List.of("城区", "新区", "郊区", "公安", "平安", "资源", "合作", "朝阳", "鼓楼", "中山")) {
            assertEquals(List.of(), TABLE.countiesNamed(stem), stem);
        }
    }

    @Test
    void finds_provinces_and_cities_by_stem() {
        assertAll(
                () -> assertEquals(List.of("45"), codes(TABLE.provincesNamed("广西"))),
                () -> assertEquals(List.of("15"), codes(TABLE.provincesNamed("内蒙古"))),
                () -> assertEquals(List.of("65"), codes(TABLE.provincesNamed("新疆"))),
                () -> assertEquals(List.of("22"), codes(TABLE.provincesNamed("吉林"))),
                () -> assertEquals(List.of(), TABLE.citiesNamed("吉林"), "the province keeps the stem"),
                () -> assertEquals(List.of("3206"), codes(TABLE.citiesNamed("南通"))),
                () -> assertEquals(List.of("4228"), codes(TABLE.citiesNamed("恩施州"))));
    }

    @Test
    void finds_an_ethnic_township_by_its_name_without_the_ethnic_group() {
        assertEquals(List.of("110112209"), codes(TABLE.townshipsNamed("于家务乡")));
    }

    @Test
    void finds_a_street_office_by_the_name_reports_give_it() {
        List<Division> kulun = TABLE.townshipsNamed("库伦街道");

        assertEquals(1, kulun.size());
        assertEquals("库伦街道办事处", kulun.get(0).name());
        assertEquals(kulun, TABLE.townshipsNamed("库伦街道办事处"));
    }

    @Test
    void lists_the_townships_of_a_province_in_code_order() {
        List<Division> chongqing = TABLE.townshipsIn(TABLE.provincesNamed("重庆市").get(0));

        assertTrue(chongqing.size() > 1000, "重庆 has about 1,000 township-level units");
        assertTrue(chongqing.stream().allMatch(t -> t.code().startsWith("50")));
        assertTrue(chongqing.stream().anyMatch(t -> t.code().equals("500242110")));
    }

    private static List<String> codes(List<Division> divisions) {
        return divisions.stream().map(Division::code).toList();
    }
}

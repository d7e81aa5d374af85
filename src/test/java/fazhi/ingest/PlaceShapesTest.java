package fazhi.ingest;

import static fazhi.ingest.Fixtures.readFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.ingest.place.Division;
import fazhi.ingest.place.DivisionTable;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place shapes of real reports, at parser level; expected codes are looked up in the shipped table. */
class PlaceShapesTest {
    private static final DivisionTable TABLE = DivisionTable.official();

    private static Division onlyTownship(String name) {
        List<Division> found = TABLE.townshipsNamed(name).stream().filter(d -> d.name().equals(name)).toList();
        assertEquals(1, found.size(), name + " must be listed once under its own name");
        return found.get(0);
    }

    @Test
    void a_unit_whose_own_name_ends_in_jie_is_found_from_its_sub_district_office_name() {
        Report r = readFixture("place-street-unit-named-with-jie.txt");

        assertEquals(onlyTownship("吴家山街").code(), r.divisionCode());
        assertEquals("township", r.divisionLevel());
    }

    @Test
    void an_exact_listed_name_beats_a_name_read_without_its_ethnic_group() {
        Report r = readFixture("place-exact-name-beats-ethnic-alias.txt");

        assertTrue(TABLE.townshipsNamed("陈村乡").size() > 1, "陈村回族乡 is also read as 陈村乡");
        assertEquals(onlyTownship("陈村乡").code(), r.divisionCode());
    }

    @Test
    void an_exact_listed_name_in_the_signature_beats_an_ethnic_namesake() {
        assertEquals(onlyTownship("金星乡").code(), readFixture("place-exact-name-in-signature.txt").divisionCode());
    }

    @Test
    void a_title_name_shared_by_several_counties_is_kept_with_the_county_unknown() {
        Report r = readFixture("place-shared-title-name-kept.txt");

        assertEquals("太平乡", r.township());
        assertNull(r.county());
        assertNull(r.divisionCode());
        assertNull(r.divisionLevel());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("太平乡") && w.contains("ambiguous")));
    }

    @Test
    void a_town_missing_from_the_table_is_kept_as_written_in_the_county_the_title_names() {
        Report r = readFixture("place-unlisted-town-county-in-title.txt");
        Division county = TABLE.countiesNamed("德清县").get(0);

        assertEquals(List.of("松溪镇", "德清县", "湖州市", "浙江省", county.code(), "county"), List.of(r.township(),
                r.county(), r.city(), r.province(), r.divisionCode(), r.divisionLevel()));
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("松溪镇") && w.contains("county level")));
    }

    @Test
    void a_town_missing_from_the_table_takes_its_county_from_the_addressee() {
        Report r = readFixture("place-unlisted-town-county-in-addressee.txt");

        assertEquals(List.of("云栖镇", "桐庐县", "county"), List.of(r.township(), r.county(), r.divisionLevel()));
        assertEquals(TABLE.countiesNamed("桐庐县").get(0).code(), r.divisionCode());
    }

    @Test
    void a_town_missing_from_the_table_takes_its_county_from_the_signature() {
        Report r = readFixture("place-unlisted-town-county-in-signature.txt");

        assertEquals(List.of("翠屏镇", "淳安县", "county"), List.of(r.township(), r.county(), r.divisionLevel()));
    }

    @Test
    void a_listed_town_named_with_its_county_stays_at_township_level() {
        Report r = readFixture("split-title.txt");

        assertEquals(List.of("小江镇", "township"), List.of(r.township(), r.divisionLevel()));
        assertEquals(9, r.divisionCode().length());
    }
}

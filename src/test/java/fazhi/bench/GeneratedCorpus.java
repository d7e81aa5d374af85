package fazhi.bench;

import fazhi.ingest.Report;
import fazhi.ingest.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A large corpus made deterministically from real sections: report k copies seed k mod n with a made-up place
 * (province, city, county, township from fixed name parts), a year from 2019 to 2025, and every digit of its text
 * shifted by k, so numbers differ from copy to copy and the index cannot collapse identical texts.
 */
public final class GeneratedCorpus {
    private static final String[] PROVINCES = {"广东省", "福建省", "湖南省", "江西省", "四川省", "浙江省", "河南省"};
    private static final String[] SYLLABLES = {"东", "南", "西", "北", "安", "平", "和", "兴", "宁", "清", "山", "江",
            "阳", "泉", "林", "丰", "石", "新", "永", "长"};

    private GeneratedCorpus() {
    }

    static List<Report> build(List<Report> seeds, int minSections) {
        List<Report> out = new ArrayList<>();
        int sections = 0;
        for (int k = 0; sections < minSections; k++) {
            Report seed = seeds.get(k % seeds.size());
            out.add(copy(seed, k, Integer.MAX_VALUE));
            sections += seed.sections().size();
        }
        return out;
    }

    /** Exactly {@code count} reports, each with at most {@code maxSections} of its seed's sections (for tests that
     *  need many reports but not a long index build). */
    public static List<Report> reports(List<Report> seeds, int count, int maxSections) {
        List<Report> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(copy(seeds.get(k % seeds.size()), k, maxSections));
        }
        return out;
    }

    private static String name(int n, String suffix) {
        return SYLLABLES[n % SYLLABLES.length] + SYLLABLES[(n / SYLLABLES.length) % SYLLABLES.length] + suffix;
    }

    private static Report copy(Report seed, int k, int maxSections) {
        String id = String.format("g%07d", k);
        String province = PROVINCES[k % PROVINCES.length];
        String city = name(k / 7 % 60, "市");
        String county = name(k / 3 % 300, "县");
        String township = name(k % 400 + 17, "镇");
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < Math.min(maxSections, seed.sections().size()); i++) {
            Section s = seed.sections().get(i);
            sections.add(new Section(id + "-" + i, s.level(), s.heading(), s.headingPath(), s.category(),
                    shiftDigits(s.text(), k), s.line(), s.headingLines(), s.textLines())); // digits keep lengths
        }
        // the id in the title keeps every copy a report of its own (same place, year and title would be one report)
        return new Report(id, "generated/" + id, seed.title() + "（" + id + "）", seed.issuer(), null, township, county, city,
                province, null, null, 2019 + k % 7, "title", null, null, Map.of(), List.of(), sections);
    }

    private static String shiftDigits(String text, int k) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) ('0' + (c - '0' + k) % 10) : c);
        }
        return sb.toString();
    }
}

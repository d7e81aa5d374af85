package fazhi.testing;

import fazhi.index.IndexStore;
import fazhi.ingest.Report;
import fazhi.ingest.ReportFiles;
import fazhi.ingest.ReportReader;
import fazhi.ingest.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-made reports for index and search tests: each text pins one matching hazard (a term inside a longer word,
 * traditional characters, full-width digits and letters, a line break inside a term, HTML in the text, a
 * character outside the BMP) and the places and years vary so facets have something to count.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static List<Report> reports() {
        return List.of(
                // not the seed's title: a report with the seed's place, year and title would be the seed itself
                report("r1", "小江镇2022年法治政府建设年度报告（试验稿）", "广东省", "清远市", "阳山县", "小江镇", 2022,
                        section("一、主要做法和成效", "measures",
                                "镇政府与律师事务所续签了法律顾问合同，落实合法性审查。全镇12个村均配备法律顾问。"),
                        section("（一）深化法治宣传", "measures",
                                "开展法治宣传活动30场，法治\n宣传覆盖全部村居。市民热线“12345”受理投诉，12345热线按期答复。"),
                        section("（二）人民调解", "measures",
                                "人民调解委员会调解纠纷66宗，调解成功率100%。镇民政所负责低保审核。"),
                        section("二、存在的不足和原因", "shortcomings", "村级法治力量薄弱，法律顧問作用發揮不夠。"),
                        section("三、下一年度主要安排", "plans", "继续推进法治政府建设，加强合法合规审查。")),
                report("r2", "锦和镇2023年法治政府建设情况报告", "广东省", "江门市", "台山市", "锦和镇", 2023,
                        section("一、工作情况", "measures",
                                "人民政府民政工作扎实，民政办公室规范运行。１２３４５热线办结率９８％。ＡＢＣ考核优秀。"),
                        section("（一）法律顾问制度", "measures", "聘请法律顾问2名，审查合同18份。"),
                        section("二、存在问题", "shortcomings", "调解员队伍老化，村（居）法律顾问服务不够深入。"),
                        section("三、下一步工作思路", "plans", "加强<script>alert('x')</script>普法 & 守法宣传。")),
                report("r3", "洋口镇2023年法治政府建设年度报告", "福建省", "三明市", "顺昌县", "洋口镇", 2023,
                        section("1、主要举措和成效", "measures",
                                "乡镇民政工作纳入法治考核。政府法律顾问参与重大决策合法性审查12次。"),
                        section("（1）矛盾纠纷化解", "measures",
                                "村调解委员会调解纠纷45件，信访事项依法办理。😀表情不影响检索。"),
                        section("2、党政主要负责人履行推进法治建设第一责任人职责情况", "leadership",
                                "镇党委书记履行第一责任人职责，专题研究法治工作4次。"),
                        section("4、下一年度工作安排", "plans", "推进abc系统建设，完善镇政府法律顾问制度。")),
                report("r4", null, null, null, null, null, null,
                        section("", "preamble", "我乡坚持依法行政，政府信息公开规范。"),
                        section("一、主要做法", "measures", "法治宣传进村入户，调解矛盾。")));
    }

    private record Draft(String heading, String category, String text) {
    }

    private static Draft section(String heading, String category, String text) {
        return new Draft(heading, category, text);
    }

    private static Report report(String id, String title, String province, String city, String county,
                                 String township, Integer year, Draft... drafts) {
        List<Section> sections = new ArrayList<>();
        List<String> top = new ArrayList<>();
        for (int i = 0; i < drafts.length; i++) {
            Draft d = drafts[i];
            int level = d.heading().isEmpty() ? 0 : d.heading().startsWith("（") ? 2 : 1;
            if (level == 1) {
                top = List.of(d.heading());
            }
            List<String> path = level == 0 ? List.of() : level == 1 ? top
                    : List.of(top.getFirst(), d.heading());
            sections.add(new Section(id + "-" + i, level, d.heading(), path, d.category(), d.text(), i + 1));
        }
        return new Report(id, "fixtures/" + id + ".txt", title, null, null, township, county, city, province, null,
                null, year, year == null ? null : "title", null, null, Map.of(), List.of(), sections);
    }

    /** The bundled seed reports, read by the real parser. */
    public static List<Report> seeds() throws Exception {
        List<Report> out = new ArrayList<>();
        for (Path file : ReportFiles.expand(List.of(Path.of("seeds")))) {
            out.add(ReportReader.read(file));
        }
        if (out.size() != 5) {
            throw new IllegalStateException("expected the five seeds, read " + out.size());
        }
        return out;
    }

    /** Seeds and hand-made reports together. */
    public static List<Report> seedsAndFixtures() throws Exception {
        List<Report> all = new ArrayList<>(seeds());
        all.addAll(reports());
        return all;
    }

    /** Builds and publishes an index of these reports in {@code dir}. */
    public static void index(Path dir, List<Report> reports) throws IOException {
        try (IndexStore.Build build = IndexStore.begin(dir, false)) {
            for (Report r : reports) {
                build.indexer().put(r);
            }
            build.publish();
        }
    }
}

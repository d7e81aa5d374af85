package fazhi.search;

import java.util.Map;

/** The Chinese names of the filter dimensions and query fields, as the web page labels them. */
final class DimensionLabels {
    private static final Map<String, String> ZH = Map.of("year", "年份", "province", "省份", "city", "城市",
            "county", "区县", "township", "乡镇", "category", "报告部分", "heading", "标题", "text", "正文",
            "path", "上级标题", "yearSource", "年份依据");

    private DimensionLabels() {
    }

    static String zh(String dimension) {
        return ZH.getOrDefault(dimension, dimension);
    }
}

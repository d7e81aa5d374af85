package fazhi.ingest;

import fazhi.text.Folding;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a line that is nothing but a date: 2023年1月13日, 二〇二三年一月十三日, 2023-01-13, 2023.1.13, 2023/1/13. */
public final class Dates {
    private static final String CN = "[〇零一二三四五六七八九十]";
    private static final Pattern DATE_LINE = Pattern.compile(
            "[(（]?\\s*(?<y>\\d{4}|" + CN + "{4})\\s*(?:年|[-./])\\s*(?<m>\\d{1,2}|" + CN + "{1,2})\\s*(?:月|[-./])"
                    + "\\s*(?<d>\\d{1,2}|" + CN + "{1,3})\\s*日?\\s*[)）]?");

    private Dates() {
    }

    /** The date this line consists of, or null. The line is folded first, so full-width digits are read too. */
    public static LocalDate parseLine(String line) {
        Matcher m = DATE_LINE.matcher(Folding.forRules(line).replace(" ", ""));
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Numerals.parse(m.group("y")), Numerals.parse(m.group("m")),
                    Numerals.parse(m.group("d")));
        } catch (DateTimeException e) {
            return null;
        }
    }
}

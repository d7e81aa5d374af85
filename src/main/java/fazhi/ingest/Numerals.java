package fazhi.ingest;

/** Reads the small numbers of heading markers and dates: Arabic (half- or full-width) or Chinese (一 … 九十九). */
public final class Numerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private Numerals() {
    }

    /** The value, or -1 when the text is not a number this class reads. */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (Character.isDigit(s.charAt(0))) {
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = Character.digit(s.charAt(i), 10);
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        return parseChinese(s.replace('零', '〇'));
    }

    /** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23; also digit strings like 二〇二三 → 2023. */
    private static int parseChinese(String s) {
        int ten = s.indexOf('十');
        if (ten < 0) {
            int value = 0;
            for (int i = 0; i < s.length(); i++) {
                int d = DIGITS.indexOf(s.charAt(i));
                if (d < 0) {
                    return -1;
                }
                value = value * 10 + d;
            }
            return value;
        }
        String tens = s.substring(0, ten);
        String units = s.substring(ten + 1);
        int t = tens.isEmpty() ? 1 : parseChinese(tens);
        int u = units.isEmpty() ? 0 : parseChinese(units);
        return t < 0 || u < 0 || t > 9 || u > 9 ? -1 : t * 10 + u;
    }
}

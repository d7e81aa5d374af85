package fazhi.ingest;

import fazhi.text.CharClass;

/** Title normalisation: "小江镇 2022 年法治政府建设 年度报告" → "小江镇2022年法治政府建设年度报告". */
final class Titles {
    private Titles() {
    }

    /** Removes white space inside the text, except a single space between two Latin letters or digits. */
    static String normalise(String text) {
        String s = Cleaner.trim(text);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!CharClass.isSpace(c)) {
                out.append(c);
                continue;
            }
            int next = i + 1;
            while (next < s.length() && CharClass.isSpace(s.charAt(next))) {
                next++;
            }
            boolean between = !out.isEmpty() && next < s.length() && isLatin(out.charAt(out.length() - 1))
                    && isLatin(s.charAt(next));
            if (between) {
                out.append(' ');
            }
            i = next - 1;
        }
        return out.toString();
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetter(c);
    }
}

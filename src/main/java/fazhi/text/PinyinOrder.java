package fazhi.text;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;

/**
 * Chinese place names in pinyin order (ICU's collation for Chinese, the order readers expect in a list of places
 * and the order the web page's place tree uses through the browser's {@code localeCompare(…, 'zh-CN')}): 泔溪镇,
 * 锦和镇, 李庄乡, 小江镇, 洋口镇 — not the code-point order 小, 李, 泔, 洋, 锦.
 */
public final class PinyinOrder {
    /** Frozen, so one instance serves every thread. */
    private static final Collator CHINESE = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE).freeze();

    private PinyinOrder() {
    }

    /** A sort key: comparing keys as unsigned bytes orders the names in pinyin. */
    public static byte[] key(String name) {
        return CHINESE.getCollationKey(name).toByteArray();
    }

    public static int compare(String a, String b) {
        return CHINESE.compare(a, b);
    }
}

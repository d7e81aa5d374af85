package fazhi.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The web page's address of a report, a section or a passage ({@code /?report=…&section=…&at=…}, {@code at} being
 * the offset of the passage in the section's text): the one place that spells it, for hits, concordance rows and
 * exports. Relative to the site; exports prefix the server's address.
 */
public final class Permalink {
    private Permalink() {
    }

    public static String of(String reportId, String sectionId, Integer at) {
        StringBuilder url = new StringBuilder("/?report=").append(enc(reportId));
        if (sectionId != null) {
            url.append("&section=").append(enc(sectionId));
        }
        if (at != null) {
            url.append("&at=").append(at);
        }
        return url.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

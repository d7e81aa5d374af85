package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The API encodes its answers straight to UTF-8 bytes; they must be the bytes the answer's text encodes to, as
 *  Javalin's {@code ctx.json} sent them (text first, then UTF-8). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebJsonTest {
    record Sample(String text, String missing, List<String> values, long count) {
    }

    @Test
    void an_answer_is_the_utf8_of_its_text_also_beyond_the_bmp() throws Exception {
        // 𠀀 and 𪚥 lie beyond the BMP (a surrogate pair in Java), as rare characters of place names do
        Sample sample = new Sample("横𠀀镇“法律顾问”\t<mark>\u0001</mark> 𪚥", null,
                Arrays.asList("12345", "", "\\\"", "é"), 42);
        byte[] viaText = WebJson.MAPPER.writeValueAsString(sample).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(viaText, WebJson.MAPPER.writeValueAsBytes(sample));
    }
}

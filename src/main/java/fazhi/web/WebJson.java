package fazhi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.io.UncheckedIOException;

/**
 * The API's JSON mapper, configured like the command line's so that {@code /api/search} answers with the same object
 * as {@code fazhi search --json} (a test compares the two): records as objects, nulls kept (a null says "unknown").
 */
final class WebJson {
    static final ObjectMapper MAPPER = JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            // characters beyond the BMP (rare place-name characters) as their four UTF-8 bytes, as a String's
            // encoding writes them, instead of a pair of \\u escapes
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private WebJson() {
    }

    /**
     * Answers with {@code body} as JSON. Encoded straight to UTF-8 bytes: Javalin's {@code ctx.json} first builds a
     * String of the answer (two bytes a character for Chinese text) and then encodes that, which on a search of a
     * few milliseconds cost a measurable share of the server's time (BENCHMARKS.md, "HTTP overhead").
     */
    static void answer(Context ctx, Object body) {
        byte[] json;
        try {
            json = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) { // our records always encode; a failure is a bug, answered as a 500
            throw new UncheckedIOException(e);
        }
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }
}

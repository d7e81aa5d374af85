package fazhi.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The API's JSON mapper, configured like the command line's so that {@code /api/search} answers with the same object
 * as {@code fazhi search --json} (a test compares the two): records as objects, nulls kept (a null says "unknown").
 */
final class WebJson {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private WebJson() {
    }
}

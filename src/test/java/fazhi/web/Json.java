package fazhi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Reading API answers in tests. */
final class Json {
    private Json() {
    }

    static JsonNode parse(String body) {
        try {
            return WebJson.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** The body of a 200 answer. */
    static JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200 from " + response.uri() + ", got " + response.statusCode() + ": "
                    + response.body());
        }
        return parse(response.body());
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return out;
    }
}

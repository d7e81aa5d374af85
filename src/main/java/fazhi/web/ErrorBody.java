package fazhi.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every error response: {@code {"error": "<code>", "message": "<text>", "messageZh": "<中文>"}}, plus
 * {@code suggestions} (the nearest known values), {@code dimension} and {@code value} (which filter value was
 * unknown, so a client can put a suggestion in its place) for an unknown filter value. The code is for programs; the
 * page shows {@code messageZh}, so no English appears inside its Chinese.
 */
record ErrorBody(String error, String message, String messageZh,
                 @JsonInclude(JsonInclude.Include.NON_NULL) List<String> suggestions,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String dimension,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String value) {

    /** An error whose Chinese message is the one for its code ({@link ApiErrors#messageZh}). */
    ErrorBody(String error, String message) {
        this(error, message, ApiErrors.messageZh(error), null, null, null);
    }
}

package fazhi.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors that Jetty answers before a request reaches Javalin — a request line or headers too long (414, 431), a URI
 * it will not decode (400, e.g. an encoded {@code ..} segment) — get the same JSON body as the API's own errors
 * instead of Jetty's HTML page. Jetty's reason is replaced by our words: its text may echo the request.
 */
final class JettyErrors extends ErrorHandler {
    private static final String JSON = "application/json;charset=utf-8";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JSON);
        return ByteBuffer.wrap(body(status));
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    private static byte[] body(int status) {
        String message = switch (status) {
            case 414 -> "the URL is too long (at most " + WebApp.MAX_URL_BYTES + " bytes)";
            case 431 -> "the request headers are too large";
            case 400 -> "the request could not be read (malformed or ambiguous URL)";
            default -> "request refused (HTTP " + status + ")";
        };
        try {
            return WebJson.MAPPER.writeValueAsBytes(new ErrorBody(ApiErrors.code(status), message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a record of two strings always serialises
        }
    }
}

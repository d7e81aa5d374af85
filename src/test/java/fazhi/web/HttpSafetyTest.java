package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fazhi.search.ReportBrowser;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CORS, length limits and static files: only web/ is served, whatever the path says. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpSafetyTest {
    private final TestServer server = TestServer.get();

    @Test
    void any_origin_may_read_the_api() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/health"))
                .header("Origin", "https://example.org").GET().build());
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void a_cors_preflight_for_get_is_allowed() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/search"))
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode());
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    }

    @Test
    void a_url_over_our_limit_is_414_json() {
        String q = "a".repeat(WebApp.MAX_URL_BYTES);
        ApiErrorsTest.error(server.get("/api/search?q=" + q), 414, "uri_too_long");
    }

    @Test
    void a_url_over_jettys_limit_is_414_json_too() throws IOException {
        RawResponse r = raw("GET /api/search?q=" + "a".repeat(40_000) + " HTTP/1.1");
        assertEquals(414, r.status, r.text);
        assertTrue(r.text.contains("\"error\":\"uri_too_long\""), r.text);
    }

    @Test
    void the_page_is_served_with_a_content_security_policy() {
        HttpResponse<String> r = server.get("/");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("法治报告检索"));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        HttpResponse<String> js = server.get("/js/main.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").contains("javascript"));
    }

    /** Sent byte for byte over a socket, as an HTTP client library would normalise these paths away. */
    @ParameterizedTest(name = "GET {0} serves nothing outside web/")
    @ValueSource(strings = {"/../pom.xml", "/web/../pom.xml", "/js/../../pom.xml", "/%2e%2e/pom.xml",
            "/%2E%2E/%2E%2E/etc/passwd", "/..%2fpom.xml", "/js/..%2f..%2fpom.xml", "/%2e%2e%2fpom.xml",
            "/..\\pom.xml", "/..%5cpom.xml", "/.%2e/pom.xml", "/%252e%252e/pom.xml", "//etc/passwd",
            "/../../../../../../etc/passwd", "/index.html%00.txt", "/README.md/../../pom.xml"})
    void path_traversal_is_refused(String path) throws IOException {
        RawResponse r = raw("GET " + path + " HTTP/1.1");
        assertTrue(r.status == 400 || r.status == 404, path + " → " + r.status + "\n" + r.text);
        assertFalse(r.text.contains("<artifactId>") || r.text.contains("root:"), r.text);
        assertTrue(r.text.contains("\"error\":"), r.text);
    }

    @Test
    void a_symlink_inside_the_web_folder_does_not_lead_out_of_it(@TempDir Path dir) throws IOException {
        Path web = Files.createDirectory(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>t</title>");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Files.createSymbolicLink(web.resolve("link.txt"), secret);
        Javalin app = new WebApp(server.service, new ReportBrowser(server.service), web).start("127.0.0.1", 0);
        try {
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/link.txt")).GET().build());
            assertEquals(404, r.statusCode(), r.body());
            assertFalse(r.body().contains("SECRET"));
        } finally {
            app.stop();
        }
    }

    record RawResponse(int status, String text) {
    }

    private RawResponse raw(String requestLine) throws IOException {
        return raw(server, requestLine);
    }

    /** Sends a request line as is (an HTTP client would refuse a malformed one) and reads the whole answer. */
    static RawResponse raw(TestServer server, String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.app.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(text.substring(9, 12));
            return new RawResponse(status, text);
        }
    }
}

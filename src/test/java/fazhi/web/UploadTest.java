package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.ingest.FormatFixtures;
import fazhi.ingest.Report;
import fazhi.ingest.ReportReader;
import fazhi.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /api/reports}: what an upload answers, and that every refused upload leaves the served index exactly
 * as it was (the same reports, the same Lucene commit).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class UploadTest {
    static final String TOKEN = "s3cret-token";
    /** Small, so that a too-large file is cheap to send; the fixtures are far below it. */
    private static final long LIMIT = 200_000;
    private static UpdatableServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new UpdatableServer(Fixtures.reports(), TOKEN, LIMIT);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void a_report_is_indexed_and_answered_with_its_id_place_year_and_sections(@TempDir Path dir) throws Exception {
        byte[] docx = FormatFixtures.docx();
        Report expected = ReportReader.read(Files.write(dir.resolve("r.docx"), docx));
        String before = server.get("/api/health").body();

        HttpResponse<String> r = server.send(upload("横泾街道报告.docx", docx, "Bearer " + TOKEN));

        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = Json.parse(r.body());
        assertEquals(expected.id(), body.get("id").asText());
        assertEquals(expected.township(), body.get("township").asText());
        assertEquals(expected.county(), body.get("county").asText());
        assertEquals(expected.province(), body.get("province").asText());
        assertEquals(expected.year(), body.get("year").asInt());
        assertEquals(expected.sections().size(), body.get("sections").asInt());
        assertEquals("upload/横泾街道报告.docx", body.get("source").asText());
        assertEquals("/api/reports/" + expected.id(), r.headers().firstValue("Location").orElseThrow());
        // served at once, whole
        JsonNode report = Json.ok(server.get("/api/reports/" + expected.id()));
        assertEquals(expected.sections().size(), report.get("sections").size());
        assertTrue(Json.ok(server.get("/api/search?q=" + ResearchEndpointTest.enc("横泾街道"))).get("total").asInt()
                > 0);
        assertTrue(!before.equals(server.get("/api/health").body()), "a new commit is served");
    }

    @Test
    void the_same_report_uploaded_again_replaces_itself_instead_of_counting_twice() {
        byte[] html = FormatFixtures.html(StandardCharsets.UTF_8);
        assertEquals(201, server.send(upload("a.html", html, "Bearer " + TOKEN)).statusCode());
        int reports = server.reportIds().size();
        assertEquals(201, server.send(upload("b.html", html, "Bearer " + TOKEN)).statusCode());
        assertEquals(reports, server.reportIds().size());
    }

    static Stream<Arguments> refusals() {
        byte[] txt = FormatFixtures.txt();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 2, 0, 0, 0};
        byte[] pdf = FormatFixtures.pdf(60, 60);
        byte[] broken = Arrays.copyOf(pdf, pdf.length / 3);
        return Stream.of(
                Arguments.of("no token", upload("r.txt", txt, null), 401, "unauthorized"),
                Arguments.of("wrong token", upload("r.txt", txt, "Bearer " + TOKEN + "x"), 401, "unauthorized"),
                Arguments.of("another scheme", upload("r.txt", txt, "Basic " + TOKEN), 401, "unauthorized"),
                Arguments.of("one byte over the size limit", upload("big.txt", new byte[(int) LIMIT + 1],
                        "Bearer " + TOKEN), 413, "too_large"),
                Arguments.of("a request far over the limit, refused by its length before it is read",
                        upload("big.txt", new byte[(int) LIMIT * 2], "Bearer " + TOKEN), 413, "too_large"),
                Arguments.of("an image", upload("scan.pdf", png, "Bearer " + TOKEN), 415, "unsupported_type"),
                Arguments.of("an encrypted PDF", upload("r.pdf", FormatFixtures.encryptedPdf(), "Bearer " + TOKEN),
                        422, "unreadable"),
                Arguments.of("a scanned PDF", upload("r.pdf", FormatFixtures.pdfWithoutText(), "Bearer " + TOKEN),
                        422, "unreadable"),
                Arguments.of("a damaged PDF", upload("r.pdf", broken, "Bearer " + TOKEN), 422, "unreadable"),
                Arguments.of("no file field", form(server.base, "other", "r.txt", txt, "Bearer " + TOKEN), 400, "bad_parameter"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refusals")
    void a_refused_upload_leaves_the_index_unchanged(String name, HttpRequest request, int status, String code) {
        String before = server.servedState();

        HttpResponse<String> r = server.send(request);

        assertEquals(status, r.statusCode(), name + ": " + r.body());
        JsonNode body = Json.parse(r.body());
        assertEquals(code, body.get("error").asText(), r.body());
        assertTrue(body.get("message").asText().length() > 10, r.body());
        assertTrue(body.get("messageZh").asText().length() > 4, r.body());
        assertEquals(before, server.servedState(), name + ": the index changed");
    }

    @Test
    void an_unreadable_file_is_refused_with_the_reason() {
        HttpResponse<String> r = server.send(upload("r.pdf", FormatFixtures.encryptedPdf(), "Bearer " + TOKEN));
        assertTrue(Json.parse(r.body()).get("message").asText().contains("encrypted"), r.body());
        r = server.send(upload("r.pdf", FormatFixtures.pdfWithoutText(), "Bearer " + TOKEN));
        assertTrue(Json.parse(r.body()).get("message").asText().contains("text layer"), r.body());
    }

    @Test
    void a_refusal_for_the_token_asks_for_a_bearer_token() {
        HttpResponse<String> r = server.send(upload("r.txt", FormatFixtures.txt(), null));
        assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void without_a_token_configured_uploads_are_off_and_say_so() throws Exception {
        try (UpdatableServer off = new UpdatableServer(Fixtures.reports(), null, 0)) {
            String before = off.servedState();
            HttpResponse<String> r = off.send(form(off.base, Uploads.FIELD, "r.txt", FormatFixtures.txt(),
                    "Bearer " + TOKEN));
            assertEquals(403, r.statusCode(), r.body());
            assertEquals("uploads_off", Json.parse(r.body()).get("error").asText());
            assertEquals(before, off.servedState());
            assertEquals(false, Json.ok(off.get("/api/health")).get("uploads").asBoolean());
        }
        assertEquals(true, Json.ok(server.get("/api/health")).get("uploads").asBoolean());
    }

    @Test
    void other_writing_methods_stay_refused() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base + "/api/search"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, r.statusCode());
    }

    static HttpRequest upload(String fileName, byte[] bytes, String authorization) {
        return form(server.base, Uploads.FIELD, fileName, bytes, authorization);
    }

    private static HttpRequest form(String base, String field, String fileName, byte[] bytes, String authorization) {
        String boundary = "----fazhi-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/reports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }
}

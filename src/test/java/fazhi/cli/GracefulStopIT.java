package fazhi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fazhi.ingest.Report;
import fazhi.ingest.Section;
import fazhi.testing.Fixtures;
import fazhi.testing.PrometheusText;
import fazhi.testing.TempDirs;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM while a search is running: the port closes at once, the search finishes and is answered, the index is
 * closed and the process exits 0.
 *
 * <p>The slow request is an honest one, no sleep in the server: reports whose text is a long run of one character
 * (的), searched for a phrase of {@value #PHRASE_LENGTH} of it. Every one of the phrase's positions must be checked
 * at every place in every report, then counted and highlighted — about a second or two on this machine. On a machine
 * so loaded that it passes the 5 s time limit the search is cut off and answered 400 with the time-limit message:
 * that is a finished request too, so either answer is accepted. The test sends the signal once /metrics shows the
 * request in flight, and checks that it had not been answered by then.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GracefulStopIT {
    private static final int REPORTS = 10;
    private static final int TEXT_LENGTH = 1_200;
    private static final int PHRASE_LENGTH = 999;

    private static List<Report> repetitiveReports() {
        List<Report> out = new ArrayList<>();
        for (int i = 0; i < REPORTS; i++) {
            String id = "run" + i;
            Section s = new Section(id + "-1", 1, "一、情况", List.of("一、情况"), "measures", "的".repeat(TEXT_LENGTH), 1);
            out.add(new Report(id, "generated/" + id + ".txt", "重复字镇报告之" + i, null, null, "重复字镇", "重复县",
                    null, null, null, null, 2023, "title", null, null, Map.of(), List.of(), List.of(s)));
        }
        return out;
    }

    /** Until the server handles two requests at once: the search, and the scrape that asks. */
    private static void awaitInFlight(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            String scrape = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (PrometheusText.value(scrape, "http_server_requests_active") >= 2) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the search never showed as in flight");
    }

    /** Whether new connections are refused within 5 s (the stop closes the port first, then drains). */
    private static boolean awaitPortClosed(URI base) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket(base.getHost(), base.getPort())) {
                Thread.sleep(50);
            } catch (IOException refused) {
                return true;
            }
        }
        return false;
    }

    @Test
    void sigterm_lets_a_search_in_flight_finish_then_closes_the_index_and_exits_0() throws Exception {
        Path index = Files.createTempDirectory("fazhi-it-slow");
        Path folder = Files.createTempDirectory("fazhi-it-run");
        try {
            Fixtures.index(index, repetitiveReports());
            Path jar = Files.copy(ServerProcess.jar(), folder.resolve("fazhi-search.jar"));
            try (ServerProcess server = ServerProcess.serve(jar, folder, Map.of(), "--index", index.toString(),
                    "--port", "0", "--shutdown-timeout", "60")) {
                URI uri = URI.create(server.base() + "/api/search?q="
                        + URLEncoder.encode("的".repeat(PHRASE_LENGTH), StandardCharsets.UTF_8));
                CompletableFuture<HttpResponse<String>> slow = HttpClient.newHttpClient()
                        .sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
                awaitInFlight(server.base());

                server.terminate();
                assertFalse(slow.isDone(), "the search finished before the signal; make it slower");
                server.awaitLine("fazhi serve: stopping", 30);
                boolean refused = awaitPortClosed(URI.create(server.base()));
                assertTrue(refused || slow.isDone(), "the port still accepts while a request is in flight");

                HttpResponse<String> answer = slow.get(60, TimeUnit.SECONDS);
                JsonNode body = new ObjectMapper().readTree(answer.body());
                if (answer.statusCode() == 200) {
                    assertEquals(REPORTS, body.get("total").asInt());
                } else { // the search's own time limit, not the stop, ended it
                    assertEquals(400, answer.statusCode(), answer.body());
                    assertTrue(body.get("message").asText().startsWith("query took longer than"), answer.body());
                }
                assertEquals(0, server.exit(60), server.out() + " " + server.err());
                assertEquals("fazhi serve: stopped, index closed", server.out().getLast());
                assertEquals(List.of(), server.err());
            }
        } finally {
            TempDirs.delete(index);
            TempDirs.delete(folder);
        }
    }
}

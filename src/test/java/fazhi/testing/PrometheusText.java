package fazhi.testing;

/** Reading one sample out of a Prometheus text-format scrape, in tests. */
public final class PrometheusText {
    private PrometheusText() {
    }

    /**
     * The value of the sample whose name and labels are exactly {@code series} (labels as Prometheus writes them,
     * sorted by name, e.g. {@code http_server_requests_seconds_count{method="GET",route="/api/search",status="200"}}),
     * or 0 when the scrape has no such sample yet.
     */
    public static double value(String scrape, String series) {
        for (String line : scrape.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip());
            }
        }
        return 0;
    }

    /** The request counter of one route template, method GET. */
    public static String requests(String route, int status) {
        return "http_server_requests_seconds_count{method=\"GET\",route=\"" + route + "\",status=\"" + status + "\"}";
    }
}

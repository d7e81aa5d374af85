package fazhi.web;

import fazhi.Version;
import fazhi.search.IndexStats;
import fazhi.search.QuerySyntaxException;
import fazhi.search.ReportBrowser;
import fazhi.search.SearchResult;
import fazhi.search.SearchService;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The API's handlers: read parameters, ask the search layer, answer with its records as JSON. Nothing else. */
final class Api {
    private final SearchService search;
    private final ReportBrowser browser;
    private final boolean uploads;
    private final byte[] openApi = readOpenApi();

    Api(SearchService search, ReportBrowser browser, boolean uploads) {
        this.search = search;
        this.browser = browser;
        this.uploads = uploads;
    }

    void search(Context ctx) throws Exception {
        try (ClientWatch gone = ClientWatch.of(ctx)) {
            WebJson.answer(ctx, search.search(SearchParams.search(ctx.queryParamMap()), gone));
        }
    }

    void facets(Context ctx) throws Exception {
        try (ClientWatch gone = ClientWatch.of(ctx)) {
            SearchResult all = search.search(SearchParams.facets(ctx.queryParamMap()), gone);
            WebJson.answer(ctx, new FacetsResult(all.total(), all.reports(), all.count(), all.facets()));
        }
    }

    void section(Context ctx) throws IOException, QuerySyntaxException {
        SearchParams.only(ctx.queryParamMap(), "q");
        String id = ctx.pathParam("id");
        WebJson.answer(ctx, browser.section(id, ctx.queryParam("q"))
                .orElseThrow(() -> ApiException.notFound("no section with id " + quote(id))));
    }

    void reports(Context ctx) throws IOException {
        SearchParams.only(ctx.queryParamMap());
        WebJson.answer(ctx, new ReportList(browser.reports()));
    }

    void report(Context ctx) throws IOException, QuerySyntaxException {
        SearchParams.only(ctx.queryParamMap(), "q");
        String id = ctx.pathParam("id");
        WebJson.answer(ctx, browser.report(id, ctx.queryParam("q"))
                .orElseThrow(() -> ApiException.notFound("no report with id " + quote(id))));
    }

    void health(Context ctx) throws IOException {
        SearchParams.only(ctx.queryParamMap());
        IndexStats stats = search.index().stats();
        WebJson.answer(ctx, new Health("ok", stats.reports(), stats.sections(), stats.generation(),
                stats.committedAt() == null ? null : stats.committedAt().toString(), Version.product(), uploads));
    }

    void openApi(Context ctx) {
        SearchParams.only(ctx.queryParamMap());
        ctx.contentType("application/json;charset=utf-8").result(openApi);
    }

    /** Ids are echoed in messages, cut short: a path may be thousands of characters. */
    private static String quote(String id) {
        return "'" + (id.length() > 80 ? id.substring(0, 80) + "…" : id) + "'";
    }

    private static byte[] readOpenApi() {
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("fazhi/web/openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

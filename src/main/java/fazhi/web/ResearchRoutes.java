package fazhi.web;

import fazhi.search.Concordance;
import fazhi.search.Exporter;
import fazhi.search.FacetPages;
import fazhi.search.PlaceTable;
import fazhi.search.PlaceTableCsv;
import fazhi.search.QuerySyntaxException;
import fazhi.search.SearchRequest;
import fazhi.search.SearchService;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Handlers of the research views: the place table, the concordance (KWIC) and the export. Parameters in, records or
 * a stream out.
 */
final class ResearchRoutes {
    private final Concordance concordance;
    private final Exporter exporter;
    private final PlaceTable table;
    private final FacetPages facetPages;

    ResearchRoutes(SearchService search) {
        this.facetPages = new FacetPages(search);
        this.concordance = new Concordance(search);
        this.exporter = new Exporter(search);
        this.table = new PlaceTable(search);
    }

    void facetPage(Context ctx) throws IOException, QuerySyntaxException {
        var params = ctx.queryParamMap();
        SearchRequest query = SearchParams.query(params, List.of("prefix", "page", "size", "count", "missing"));
        SearchRequest request = new SearchRequest(query.query(), query.mode(), query.filters(), query.sort(), 1, 1,
                SearchParams.count(params));
        int page = SearchParams.number(params, "page", 1);
        int size = SearchParams.number(params, "size", 50);
        List<String> missing = params.getOrDefault("missing", List.of()).stream().filter(v -> !v.isEmpty())
                .distinct().toList();
        try (ClientWatch gone = ClientWatch.of(ctx)) {
            WebJson.answer(ctx, facetPages.page(request, ctx.pathParam("dim"), SearchParams.single(params, "prefix"),
                    missing, page, size, gone));
        } catch (IllegalArgumentException e) { // dimension, page or size
            throw ApiException.badParameter(e.getMessage());
        }
    }

    void table(Context ctx) throws IOException, QuerySyntaxException {
        var params = ctx.queryParamMap();
        SearchRequest request = SearchParams.query(params, List.of("rows", "cols", "format"));
        PlaceTable.Rows rows = SearchParams.choice(params, "rows", PlaceTable.Rows::byId, PlaceTable.Rows.TOWNSHIP,
                "township, county or province");
        PlaceTable.Cols cols = SearchParams.choice(params, "cols", PlaceTable.Cols::byId, PlaceTable.Cols.YEAR,
                "year or category");
        String format = SearchParams.single(params, "format");
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ApiException.badParameter("unknown format '" + format + "' (json or csv)");
        }
        PlaceTable.Result result;
        try (ClientWatch gone = ClientWatch.of(ctx)) {
            result = table.table(request, rows, cols, gone);
        }
        if ("csv".equals(format)) {
            ctx.contentType("text/csv;charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"fazhi-table-" + rows.id() + "-" + cols.id()
                    + ".csv\"");
            PlaceTableCsv.writeCsv(result, new BufferedWriter(new OutputStreamWriter(ctx.outputStream(),
                    StandardCharsets.UTF_8)));
        } else {
            WebJson.answer(ctx, result);
        }
    }

    void kwic(Context ctx) throws IOException, QuerySyntaxException {
        var params = ctx.queryParamMap();
        SearchRequest request = SearchParams.query(params, List.of("context", "sort", "page", "size"));
        Concordance.Sort sort = SearchParams.choice(params, "sort", Concordance.Sort::byId, Concordance.Sort.TOWNSHIP,
                "township, year, left or right");
        int context = SearchParams.number(params, "context", 20);
        int page = SearchParams.number(params, "page", 1);
        int size = SearchParams.number(params, "size", 50);
        try (ClientWatch gone = ClientWatch.of(ctx)) {
            WebJson.answer(ctx, concordance.page(request, context, sort, page, size, gone));
        } catch (IllegalArgumentException e) { // context, page or size out of range
            throw ApiException.badParameter(e.getMessage());
        }
    }

    void export(Context ctx) throws IOException, QuerySyntaxException {
        var params = ctx.queryParamMap();
        SearchRequest request = SearchParams.query(params, List.of("format", "unit"));
        Exporter.Format format = SearchParams.choice(params, "format", Exporter.Format::byId, Exporter.Format.CSV,
                "csv or jsonl");
        Exporter.Unit unit = SearchParams.choice(params, "unit", Exporter.Unit::byId, Exporter.Unit.SECTIONS,
                "sections, occurrences or reports");
        String name = "fazhi-" + unit.name().toLowerCase(Locale.ROOT) + "." + (format == Exporter.Format.CSV ? "csv"
                : "jsonl");
        String type = format == Exporter.Format.CSV ? "text/csv;charset=utf-8" : "application/x-ndjson;charset=utf-8";
        try (ClientWatch gone = ClientWatch.of(ctx)) {
            exporter.export(request, unit, format, ctx.scheme() + "://" + ctx.host(), () -> {
                ctx.contentType(type); // only once the search runs: a bad query is still answered with a JSON error
                ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
                return new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            }, gone);
        }
    }
}

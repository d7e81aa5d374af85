package fazhi.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import fazhi.search.Concordance;
import fazhi.search.FacetPages;
import fazhi.search.FacetValue;
import fazhi.search.PlaceTable;
import fazhi.search.Hit;
import fazhi.search.ReportSection;
import fazhi.search.ReportSummary;
import fazhi.search.ReportView;
import fazhi.search.SearchResult;
import fazhi.search.SectionView;
import fazhi.search.Span;
import io.javalin.http.HandlerType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is kept true: its paths are the registered routes and its schemas are our records. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OpenApiTest {
    private final TestServer server = TestServer.get();
    private final JsonNode spec = Json.ok(server.get("/api/openapi.json"));

    @Test
    void it_lists_exactly_the_routes_and_methods_the_app_registered() {
        Set<String> registered = server.app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.endpoint.method == HandlerType.GET || e.endpoint.method == HandlerType.POST)
                .map(e -> e.endpoint.method.name().toLowerCase(java.util.Locale.ROOT) + " " + e.endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(p -> names(p.getValue()).forEach(m -> documented.add(m + " "
                + p.getKey())));
        assertEquals(registered, documented);
    }

    @Test
    void every_route_it_lists_answers() {
        spec.get("paths").fieldNames().forEachRemaining(path -> {
            String concrete = path.replace("/api/sections/{id}", "/api/sections/r1-0")
                    .replace("/api/reports/{id}", "/api/reports/r1").replace("/api/facets/{dim}", "/api/facets/year");
            assertEquals(200, server.get(concrete).statusCode(), concrete);
        });
    }

    @Test
    void its_schemas_have_the_fields_of_the_records_the_api_serialises() {
        Map<String, Class<? extends Record>> schemas = Map.ofEntries(
                Map.entry("SearchResult", SearchResult.class), Map.entry("Hit", Hit.class),
                Map.entry("FacetValue", FacetValue.class), Map.entry("FacetsResult", FacetsResult.class),
                Map.entry("ReportSummary", ReportSummary.class), Map.entry("ReportSection", ReportSection.class),
                Map.entry("ReportList", ReportList.class), Map.entry("ReportView", ReportView.class),
                Map.entry("SectionView", SectionView.class), Map.entry("Span", Span.class),
                Map.entry("Health", Health.class), Map.entry("Error", ErrorBody.class),
                Map.entry("KwicResult", Concordance.Result.class), Map.entry("KwicRow", Concordance.Row.class),
                Map.entry("TableResult", PlaceTable.Result.class), Map.entry("TableRow", PlaceTable.Row.class),
                Map.entry("TableCell", PlaceTable.Cell.class), Map.entry("FacetPage", FacetPages.Page.class),
                Map.entry("Uploaded", Uploads.Uploaded.class));
        JsonNode components = spec.get("components").get("schemas");
        for (var e : schemas.entrySet()) {
            Set<String> fields = Arrays.stream(e.getValue().getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(fields, new TreeSet<>(names(components.get(e.getKey()).get("properties"))), e.getKey());
        }
        assertEquals(new TreeSet<>(schemas.keySet()), without(names(components), "Facets"));
    }

    @Test
    void it_documents_the_filters_and_parameters_that_search_accepts() {
        Set<String> documented = new TreeSet<>();
        spec.get("paths").get("/api/search").get("get").get("parameters")
                .forEach(p -> documented.add(p.get("name").asText()));
        assertEquals(new TreeSet<>(Set.of("q", "mode", "year", "province", "city", "county", "township", "category",
                "yearSource", "sort", "page", "size", "count")), documented);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static Set<String> without(Set<String> set, String name) {
        Set<String> out = new TreeSet<>(set);
        out.remove(name);
        return out;
    }
}

package fazhi.cli;

import fazhi.index.IndexUnavailableException;
import fazhi.search.Exporter;
import fazhi.search.QuerySyntaxException;
import fazhi.search.SearchRequest;
import fazhi.search.SearchService;
import fazhi.search.SortOrder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fazhi export [--index DIR] [--unit U] [--format F] [--output FILE] [--filter DIM=VALUE]... QUERY}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every result of a search (no paging limit) as CSV (UTF-8 with BOM, for Excel) or JSON "
                + "Lines: one row per matching section, per occurrence, or per report, with citation columns "
                + "and a permalink.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:exported (possibly no rows)", "1:the index or the output cannot be read/written",
                "2:usage error or a query that cannot be understood (one line on stderr)",
                "4:no index in the folder, or it is damaged (one line on stderr)"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    QueryOptions what;

    @Option(names = "--unit", defaultValue = "sections",
            description = "one row per: sections, occurrences or reports (default: ${DEFAULT-VALUE})")
    String unit;

    @Option(names = "--format", defaultValue = "csv", description = "csv or jsonl (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Option(names = "--base-url", defaultValue = "http://127.0.0.1:7070",
            description = "address of `fazhi serve` for the permalinks (default: ${DEFAULT-VALUE})")
    String baseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Exporter.Unit u = Exporter.Unit.byId(unit);
        Exporter.Format f = Exporter.Format.byId(format.toLowerCase(Locale.ROOT));
        SearchRequest request;
        try {
            if (u == null) {
                throw new IllegalArgumentException("unknown unit '" + unit + "' (sections, occurrences or reports)");
            }
            if (f == null) {
                throw new IllegalArgumentException("unknown format '" + format + "' (csv or jsonl)");
            }
            request = what.request(SortOrder.RELEVANCE, 1, 1);
        } catch (IllegalArgumentException e) {
            err.println("fazhi export: " + e.getMessage());
            return 2;
        }
        try (SearchService service = SearchService.open(what.indexDir)) {
            Writer[] opened = {null};
            long rows = new Exporter(service).export(request, u, f, baseUrl, () -> opened[0] = open());
            opened[0].flush();
            if (output != null) {
                opened[0].close();
                err.println("fazhi export: " + rows + " rows written to " + output);
            }
            return 0;
        } catch (QuerySyntaxException e) {
            err.println("fazhi export: " + e.getMessage());
            return 2;
        } catch (IndexUnavailableException e) {
            err.println("fazhi export: " + e.getMessage());
            return IndexUnavailableException.EXIT_CODE;
        } catch (IOException e) {
            err.println("fazhi export: " + e.getMessage());
            return 1;
        }
    }

    private Writer open() throws IOException {
        if (output == null) {
            return spec.commandLine().getOut();
        }
        return new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8));
    }
}

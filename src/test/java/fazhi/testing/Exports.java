package fazhi.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Reading exports back in tests, as a spreadsheet or a JSON reader would. */
public final class Exports {
    private Exports() {
    }

    /** The rows of a CSV export as maps by column, after checking and skipping its UTF-8 byte-order mark. */
    public static List<Map<String, String>> csv(byte[] bytes) throws Exception {
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text);
        return it.readAll();
    }

    /** The objects of a JSON Lines export. */
    public static List<JsonNode> jsonl(byte[] bytes) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }
}

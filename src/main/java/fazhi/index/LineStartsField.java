package fazhi.index;

import fazhi.ingest.LineStarts;
import fazhi.ingest.Section;
import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The stored form of a section's {@link LineStarts} ({@link Fields#LINE_STARTS}): the heading's pieces, then the
 * text's, each as a count and then per piece the offset and the line as differences from the piece before (vInt
 * and zig-zag vInt), so a section of ten paragraphs on consecutive lines costs about twenty bytes.
 */
public final class LineStartsField {
    /** Where the heading's and the text's characters were read from in the report file. */
    public record Lines(LineStarts heading, LineStarts text) {
        /** The file line of the character at {@code offset} of the heading ({@code inHeading}) or the text. */
        public int lineAt(boolean inHeading, int offset) {
            return (inHeading ? heading : text).lineAt(offset);
        }
    }

    private LineStartsField() {
    }

    static StoredField of(Section section) throws IOException {
        LineStarts heading = section.headingLines();
        LineStarts text = section.textLines();
        byte[] buffer = new byte[10 + 10 * (heading.size() + text.size())];
        ByteArrayDataOutput out = new ByteArrayDataOutput(buffer);
        write(out, heading);
        write(out, text);
        return new StoredField(Fields.LINE_STARTS, new BytesRef(buffer, 0, out.getPosition()));
    }

    private static void write(ByteArrayDataOutput out, LineStarts starts) throws IOException {
        out.writeVInt(starts.size());
        int offset = 0;
        int line = 0;
        for (int i = 0; i < starts.size(); i++) {
            out.writeVInt(starts.offsets()[i] - offset);
            out.writeZInt(starts.lines()[i] - line);
            offset = starts.offsets()[i];
            line = starts.lines()[i];
        }
    }

    /** The lines of a stored section document. */
    public static Lines read(Document d) {
        IndexableField stored = d.getField(Fields.LINE_STARTS);
        BytesRef bytes = stored.binaryValue();
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        LineStarts heading = read(in);
        return new Lines(heading, read(in));
    }

    private static LineStarts read(ByteArrayDataInput in) {
        int n = in.readVInt();
        int[] offsets = new int[n];
        int[] lines = new int[n];
        int offset = 0;
        int line = 0;
        for (int i = 0; i < n; i++) {
            offset += in.readVInt();
            line += BitUtil.zigZagDecode(in.readVInt());
            offsets[i] = offset;
            lines[i] = line;
        }
        return new LineStarts(offsets, lines);
    }
}

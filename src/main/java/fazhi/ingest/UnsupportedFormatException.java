package fazhi.ingest;

/** A file of a type fazhi does not read at all (an image, a spreadsheet …), as its content shows. */
public final class UnsupportedFormatException extends ReportReadException {
    public UnsupportedFormatException(String reason) {
        super(reason);
    }
}

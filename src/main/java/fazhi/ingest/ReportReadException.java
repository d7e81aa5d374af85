package fazhi.ingest;

/** A report file that cannot be read as a report; the message is the reason, in words, for the user. */
public class ReportReadException extends Exception {
    public ReportReadException(String reason) {
        super(reason);
    }
}

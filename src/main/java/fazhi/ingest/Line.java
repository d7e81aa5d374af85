package fazhi.ingest;

/** A non-blank line of a report after cleaning, with its 1-based line number in the raw file (for messages). */
public record Line(int number, String text) {
}

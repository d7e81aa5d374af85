package fazhi.ingest.place;

/** A name (as it may appear in text) pointing at one division, in one form. */
public record NameRef(Division division, NameForm form) {
}

package fazhi.ingest.place;

/** Where in a report a name was found; a title outranks the issuer, the issuer page metadata, metadata the text. */
enum EvidenceField {
    TEXT(1), META(2), ISSUER(3), TITLE(4);

    private final int rank;

    EvidenceField(int rank) {
        this.rank = rank;
    }

    /** How much a name found here counts: the field's rank, and within one field a full name over a stem. */
    int weight(NameForm form) {
        return rank * 2 + (form.isFullName() ? 1 : 0);
    }
}

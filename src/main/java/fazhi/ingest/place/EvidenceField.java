package fazhi.ingest.place;

/** Where in a report a name was found; a title outranks the issuer, the issuer page metadata, metadata the text. */
enum EvidenceField {
    TEXT(1), META(2), ISSUER(3), TITLE(4);

    private final int rank;

    EvidenceField(int rank) {
        this.rank = rank;
    }

    /**
     * How much a name found here counts: the field's rank, and within one field the official name over a common
     * alias (某某乡 written and listed beats 某某苗族乡 read without its ethnic group), and a full name over a stem.
     */
    int weight(NameForm form) {
        int strength = form == NameForm.OFFICIAL ? 2 : form == NameForm.ALIAS ? 1 : 0;
        return rank * 3 + strength;
    }
}

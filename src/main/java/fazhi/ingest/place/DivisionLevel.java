package fazhi.ingest.place;

/** The four levels of the NBS division table, with the length of their codes. */
public enum DivisionLevel {
    PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9);

    private final int codeLength;

    DivisionLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** Codes are hierarchical: a unit's ancestor at this level has the first {@code codeLength} digits. */
    public int codeLength() {
        return codeLength;
    }
}

package fazhi.ingest.place;

/**
 * One row of the official division table.
 *
 * @param code  NBS code: 2 digits province, 4 city, 6 county, 9 township-level unit
 * @param name  official name as the table spells it
 * @param level which of the four levels the row belongs to
 */
public record Division(String code, String name, DivisionLevel level) {

    /** The code of this unit's ancestor at {@code ancestorLevel}. */
    public String codeAt(DivisionLevel ancestorLevel) {
        return code.substring(0, ancestorLevel.codeLength());
    }
}

package fazhi.ingest.place;

/** How a piece of text names a division: the strength of the evidence grows with the form. */
enum NameForm {
    /** A bare township name completed from the report's own wording ("法治李庄" + 我乡 → 李庄乡). */
    BARE,
    /** A county, city or province name without its suffix (宝丰, 如东, 江苏). */
    STEM,
    /** A common full form that is not the official one (麻阳县 for 麻阳苗族自治县, 营镇乡 for 营镇回族乡). */
    ALIAS,
    /** The official name. */
    OFFICIAL;

    /** Full names (official or alias) are stronger evidence than stems or completed bare names. */
    boolean isFullName() {
        return this == OFFICIAL || this == ALIAS;
    }
}

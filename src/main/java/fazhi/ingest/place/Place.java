package fazhi.ingest.place;

import java.util.List;
import java.util.Objects;

/**
 * Where a report belongs in the official divisions. Parts that could not be settled are null and {@code warnings}
 * says why. {@code city} is null for the counties of a 直辖市 (重庆 …) and for county-level units directly under a
 * province; {@code county} is null for townships of a city without counties (东莞市, 中山市 …).
 *
 * @param township     official name once resolved; when the name was found but its unit stays ambiguous, the
 *                     name as the table spells it (all candidates share it) and everything else null
 * @param divisionCode the township's 9-digit NBS code, or null
 */
public record Place(String province, String city, String county, String township, String divisionCode,
                    List<String> warnings) {
    public Place {
        warnings = warnings == null ? List.of() : warnings.stream().filter(Objects::nonNull).toList();
    }

    /** Nothing known; the warnings say why. */
    public static Place unknown(List<String> warnings) {
        return new Place(null, null, null, null, null, warnings);
    }
}

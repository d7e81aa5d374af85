package fazhi.ingest.place;

import java.util.ArrayList;
import java.util.List;

/**
 * The shorter ways people write an official place name, by the resolver's own rules ({@link NameForms}): the name
 * without its level suffix (江苏省 → 江苏, 如东县 → 如东, 洋口镇 → 洋口) and the customary alias (麻阳苗族自治县 →
 * 麻阳县, 营镇回族乡 → 营镇乡). Search uses them so that a filter typed as people say it finds the official name.
 */
public final class NameVariants {
    private static final class Rules {
        static final NameForms FORMS = new NameForms(PlaceRules.load());
    }

    private NameVariants() {
    }

    /** The other forms of an official name of this level (not including the name itself), possibly none. */
    public static List<String> of(String name, DivisionLevel level) {
        NameForms forms = Rules.FORMS;
        List<String> out = new ArrayList<>(2);
        if (level == DivisionLevel.TOWNSHIP) {
            String suffix = forms.townshipSuffix(name);
            if (suffix != null && name.length() - suffix.length() >= NameForms.MIN_STEM_LENGTH) {
                out.add(name.substring(0, name.length() - suffix.length()));
            }
            addIfPresent(out, forms.townshipAlias(name));
        } else {
            addIfPresent(out, forms.divisionStem(name));
            addIfPresent(out, forms.divisionAlias(name));
        }
        return out;
    }

    private static void addIfPresent(List<String> out, String form) {
        if (form != null) {
            out.add(form);
        }
    }
}

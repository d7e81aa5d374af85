package fazhi.ingest.place;

import java.util.List;

/** A name found in one field of the evidence, with every division it may name. */
record Mention(List<NameRef> refs, EvidenceField field) {
}

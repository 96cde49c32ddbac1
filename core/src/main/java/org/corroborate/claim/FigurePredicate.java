package org.corroborate.claim;

import java.util.HashMap;
import java.util.Map;
import org.corroborate.model.Quantity;

/**
 * Whether two figures say the same thing happened to what they count, by the verbs that govern them
 * ({@link Quantity#verb()}: "300 people rescued from the train" and "admitted 37 people from the train" share
 * their words but not what happened to the people).
 *
 * <p>Implementation notes. Verbs are compared by lemma, folded through a small table of verbs that news uses
 * for one event ("sent" and "deployed" troops, "injured" and "hurt" people); a figure whose verb is unknown is
 * compatible with any.
 */
final class FigurePredicate {
    /** Verbs one event is told with, folded to one member of their class. */
    private static final Map<String, String> SAME_EVENT = sameEvent(
            "rescue save pull free evacuate extract lift airlift",
            "injure hurt wound",
            "kill die",
            "send deploy dispatch station move transfer",
            "arrest detain hold",
            "admit hospitalize hospitalise treat",
            "displace flee",
            "strand trap");

    private FigurePredicate() {}

    /** True when two figures' verbs tell one event: either is unknown, the lemmas match or share a class. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return SAME_EVENT.getOrDefault(a, a).equals(SAME_EVENT.getOrDefault(b, b));
    }

    private static Map<String, String> sameEvent(String... classes) {
        Map<String, String> out = new HashMap<>();
        for (String c : classes) {
            String[] verbs = c.split(" ");
            for (String v : verbs) {
                out.put(v, verbs[0]);
            }
        }
        return Map.copyOf(out);
    }
}

package org.corroborate.server;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.corroborate.model.Change;
import org.corroborate.model.Claim;
import org.corroborate.model.ClaimVariant;
import org.corroborate.model.Reuse;

/**
 * Compares a story's claims before and after an update and reports what an editor must hear about.
 *
 * <p>Implementation notes: claims are matched by id, else by kind plus summary with its digits removed (a
 * revised figure changes the number in the summary, and a re-analysis may renumber claims). For a matched figure
 * claim, each actor's set of values is compared: a changed set is {@code figure-revised}, a new actor is
 * {@code new-actor-figure}; a claim whose status becomes {@code revised} is also {@code figure-revised}. Copies
 * are checked through their reuse changes: an {@code attribution-removed} change not present before is
 * {@code attribution-dropped}. Stories that did not exist before raise no alerts (everything in them is new).
 */
public final class ClaimAlerts {
    private ClaimAlerts() {}

    /** Alerts for the update from {@code before} (the touched stories) to {@code after} (their replacements). */
    public static List<Alert> compare(Collection<StoryView> before, Collection<StoryView> after) {
        if (before.isEmpty()) {
            return List.of();
        }
        Map<String, Claim> byId = new HashMap<>();
        Map<String, Claim> byShape = new HashMap<>();
        Set<String> oldArticles = new HashSet<>();
        Set<String> oldChanges = new HashSet<>();
        for (StoryView v : before) {
            oldArticles.addAll(v.story().articles());
            for (Claim c : v.claims()) {
                byId.put(c.id(), c);
                byShape.putIfAbsent(shape(c), c);
            }
            v.reuse().forEach(r -> r.changes().forEach(ch -> oldChanges.add(changeKey(r, ch))));
        }
        List<Alert> alerts = new ArrayList<>();
        for (StoryView v : after) {
            if (v.story().articles().stream().noneMatch(oldArticles::contains)) {
                continue;
            }
            for (Claim now : v.claims()) {
                Claim was = byId.containsKey(now.id()) ? byId.get(now.id()) : byShape.get(shape(now));
                if (was == null || !"figure".equals(now.kind())) {
                    continue;
                }
                figureAlerts(v.story().id(), was, now, alerts);
            }
            for (Reuse r : v.reuse()) {
                for (Change ch : r.changes()) {
                    if ("attribution-removed".equals(ch.kind()) && !oldChanges.contains(changeKey(r, ch))) {
                        alerts.add(new Alert("attribution-dropped", v.story().id(), r.copy(),
                                r.copy() + " drops an attribution that " + r.source() + " has", ch.before(),
                                ch.after()));
                    }
                }
            }
        }
        return alerts;
    }

    private static void figureAlerts(String story, Claim was, Claim now, List<Alert> alerts) {
        Map<String, Set<String>> oldValues = values(was);
        Map<String, Set<String>> newValues = values(now);
        boolean revised = false;
        for (Map.Entry<String, Set<String>> e : newValues.entrySet()) {
            Set<String> old = oldValues.get(e.getKey());
            if (old == null) {
                alerts.add(new Alert("new-actor-figure", story, now.id(), now.summary(), null,
                        e.getKey() + ": " + String.join(", ", e.getValue())));
            } else if (!old.equals(e.getValue())) {
                revised = true;
                alerts.add(new Alert("figure-revised", story, now.id(), now.summary(),
                        e.getKey() + ": " + String.join(", ", old), e.getKey() + ": " + String.join(", ", e.getValue())));
            }
        }
        if (!revised && "revised".equals(now.status()) && !"revised".equals(was.status())) {
            alerts.add(new Alert("figure-revised", story, now.id(), now.summary(), was.summary(), now.summary()));
        }
    }

    /** Actor (or "unattributed") to the figures it gives. */
    private static Map<String, Set<String>> values(Claim c) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (ClaimVariant v : c.variants()) {
            String actor = v.actor() == null ? "unattributed" : v.actor();
            String value = v.value() != null ? stripZero(v.value()) : Objects.toString(v.text(), "");
            out.computeIfAbsent(actor, k -> new TreeSet<>()).add(value + (v.hedge() == null ? "" : " (" + v.hedge() + ")"));
        }
        return out;
    }

    private static String stripZero(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String shape(Claim c) {
        return c.kind() + "|" + (c.summary() == null ? "" : c.summary().replaceAll("[0-9.,]+", "#"));
    }

    private static String changeKey(Reuse r, Change ch) {
        return r.copy() + "|" + r.source() + "|" + ch.kind() + "|" + ch.before() + "|" + ch.after();
    }
}

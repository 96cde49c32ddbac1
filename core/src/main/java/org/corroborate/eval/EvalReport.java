package org.corroborate.eval;

import java.util.Map;

/** The figures of one evaluation run, by name (for quality gates and JSON output). */
public record EvalReport(String evaluation, Map<String, Double> scores) {
    public EvalReport {
        scores = Map.copyOf(scores);
    }

    public double score(String name) {
        Double v = scores.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no score named " + name + " in " + evaluation + ": " + scores.keySet());
        }
        return v;
    }
}

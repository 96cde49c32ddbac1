package org.corroborate.eval;

import java.util.List;
import java.util.Optional;

/** Every evaluation the engine has, by name. */
public final class Evaluations {
    private Evaluations() {}

    public static List<Evaluation> all() {
        return List.of(new ExtractionEvaluation(), new ReuseEvaluation(), new StoryEvaluation(),
                new EntityEvaluation(), new QuantityEvaluation(), new NumberEvaluation(), new DateEvaluation(),
                new QuoteEvaluation(), new ClaimEvaluation());
    }

    public static Optional<Evaluation> named(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}

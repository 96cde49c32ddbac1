package org.corroborate.model;

import java.util.List;

/**
 * A point that one or more articles of a story make, with who supports it.
 *
 * @param kind figure, quote or statement
 * @param status consensus, hedged-variants, disputed, contradicted, single-source, revised
 * @param summary a readable statement of the claim
 * @param mentions where it is made
 * @param chains the independent reporting chains that support it, each named by its original article
 * @param variants for figures: each distinct value or hedge with its actor and mentions
 */
public record Claim(
        String id,
        String story,
        String kind,
        String status,
        String summary,
        List<Mention> mentions,
        List<String> chains,
        List<ClaimVariant> variants) {
    public Claim {
        mentions = List.copyOf(mentions);
        chains = List.copyOf(chains);
        variants = List.copyOf(variants);
    }
}

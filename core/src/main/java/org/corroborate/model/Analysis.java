package org.corroborate.model;

import java.util.List;

/** The result of analyzing a set of articles together: output format v1. */
public record Analysis(
        int formatVersion,
        List<Article> articles,
        List<Story> stories,
        List<Reuse> reuse,
        List<Entity> entities,
        List<Quantity> quantities,
        List<DateMention> dates,
        List<Quote> quotes,
        List<Claim> claims,
        Brief brief,
        List<InputError> errors) {
    public static final int FORMAT_VERSION = 1;

    public Analysis {
        articles = List.copyOf(articles);
        stories = List.copyOf(stories);
        reuse = List.copyOf(reuse);
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        errors = List.copyOf(errors);
    }
}

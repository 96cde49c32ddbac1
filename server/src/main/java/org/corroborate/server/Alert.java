package org.corroborate.server;

/**
 * A change in what a story claims, found by comparing its claims before and after an update.
 *
 * @param kind figure-revised, new-actor-figure or attribution-dropped
 * @param claim the claim id (for attribution-dropped: the copy's article id)
 * @param before what was claimed or written before, or null
 * @param after what is claimed or written now, or null
 */
public record Alert(String kind, String story, String claim, String summary, String before, String after) {}

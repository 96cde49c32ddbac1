package org.corroborate.model;

/**
 * A name found in one article, before names are resolved into entities.
 *
 * @param type person, organization or place
 * @param role a title or role the text gives the name ("Secretary of State"), or null
 */
public record EntityMention(String article, int start, int end, String text, String type, String role) {}

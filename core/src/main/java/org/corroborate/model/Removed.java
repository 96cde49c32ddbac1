package org.corroborate.model;

/** A piece of the page that cleaning took out of the body, and why. */
public record Removed(String text, String reason) {}

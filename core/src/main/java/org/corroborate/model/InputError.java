package org.corroborate.model;

/** An input that could not be read or was rejected: which one, and why. */
public record InputError(String source, String reason) {}

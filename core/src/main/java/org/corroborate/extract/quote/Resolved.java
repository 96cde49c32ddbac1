package org.corroborate.extract.quote;

/** A found attribution with its resolved speaker. */
record Resolved(Found found, String speaker, boolean person) {}

package org.corroborate.extract.quote;

/** A recognized name in char offsets. */
record Name(int start, int end, String text, String type, String role) {}

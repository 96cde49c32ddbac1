package org.corroborate.server;

/**
 * Something the desk tells live clients: {@code story} (created or updated), {@code story-removed} (merged into
 * another) or {@code alert} (a claim changed).
 */
public record DeskEvent(String type, Object data) {}

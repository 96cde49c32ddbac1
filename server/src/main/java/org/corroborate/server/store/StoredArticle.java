package org.corroborate.server.store;

import org.corroborate.model.Document;

/**
 * An article as the store keeps it: the document exactly as received, and when.
 *
 * @param seq arrival order (1, 2, ...), assigned at commit
 * @param hash SHA-256 of the format and content, hex: the same content under another id is a duplicate
 * @param storyId the story the article was last analyzed into, or null while it waits for analysis
 */
public record StoredArticle(long seq, Document document, String hash, String receivedAt, String storyId) {}

/**
 * Immutable records passed between pipeline stages and written as output format v1.
 *
 * <p>Every offset in these records ({@code start}, {@code end}) is a Unicode code point offset into the
 * body of the article it names, end exclusive. Stages that work on Java {@code String} indices convert
 * with {@link org.corroborate.model.CodePoints} when they build a record.
 */
package org.corroborate.model;

package org.corroborate.extract.quantity;

/**
 * What a unit measures: a share, money, a physical measure (length, weight, temperature, speed, ...), a span of
 * time or an age. It decides how the extractor builds subjects and rates; a counted thing ("troops") has none.
 */
public enum UnitKind { PERCENT, CURRENCY, MEASURE, TIME, AGE }

package io.integra.core.assess;

/** The three dimensions of integration (thesis §4.4.2) at the date. */
public record Dimensions(DimensionScore political, DimensionScore economic, DimensionScore social) { }

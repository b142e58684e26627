package io.integra.qca.fuzzy;

/** Parameters of fit of a necessity relation X &larr; Y: consistency, relevance and coverage. */
public record NecessityFit(String term, double inclN, double RoN, double covN) {}

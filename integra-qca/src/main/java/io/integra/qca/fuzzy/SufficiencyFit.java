package io.integra.qca.fuzzy;

/**
 * Parameters of fit of a sufficiency relation X &rarr; Y: consistency, PRI, raw coverage and unique coverage
 * ({@code covU} is NaN where it does not apply, e.g. for the whole expression).
 */
public record SufficiencyFit(String term, double inclS, double PRI, double covS, double covU) {}

package io.integra.core.codebook;

/** One of the twelve objectives of Ecuador's Buen Vivir National Development Plan 2009–2013 (thesis §3.2.1). */
public record Objective(int number, String title) { }

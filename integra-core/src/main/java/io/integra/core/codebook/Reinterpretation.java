package io.integra.core.codebook;

/** How a lens rereads a criterion of another lens (e.g. Buen Vivir's "ultimate broadening" of the elite). */
public record Reinterpretation(String criterion, String definition, String source) { }

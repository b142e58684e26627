package io.integra.casebase.json;

/**
 * An evidence item as a view shows it: {@link EvidenceView} in the CLI; the web API composes it
 * with the bibliography entry's citation. Serialised by its runtime type.
 */
public interface EvidenceItem { }

package io.integra.web.pages;

import io.integra.casebase.yaml.Problem;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Lens;
import java.util.List;

/**
 * The coding editor: the coding as YAML (the case-file shape), the version it was read at (for
 * optimistic locking; 0 for a new coding), and the problems of the last attempt to save.
 */
public record EditorView(IntegrationCase c, Lens lens, List<Lens> lenses, String yaml, Long expectedVersion, String note,
                         List<Problem> problems, String error) {
  public String version() { return expectedVersion == null ? "" : expectedVersion.toString(); }
}

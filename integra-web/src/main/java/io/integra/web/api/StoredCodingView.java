package io.integra.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.casebase.json.CodingView;
import io.integra.core.cases.Coding;
import io.integra.storage.workspace.StoredCoding;
import io.integra.web.data.CodingText;
import java.util.List;

/**
 * A coding as {@code /api/codings} gives it: its version and last change (null without a workspace),
 * the coding and its YAML text for the editor.
 */
public record StoredCodingView(@JsonProperty("case") String caseId, Long version, String changedAt, String changedBy, CodingView coding,
                               String yaml) {
  public static StoredCodingView of(StoredCoding sc) {
    return new StoredCodingView(sc.key().caseId(), sc.version(), sc.changedAt() == null ? null : sc.changedAt().toString(),
        sc.changedBy(), CodingView.of(sc.coding()), CodingText.write(sc.coding()));
  }

  /** A coding read from case files (no workspace): no version, no change. */
  public static StoredCodingView unversioned(String caseId, Coding c) {
    return new StoredCodingView(caseId, null, null, null, CodingView.of(c), CodingText.write(c));
  }

  /** {@code {case, codings}}. */
  public record Listing(@JsonProperty("case") String caseId, List<StoredCodingView> codings) { }
}

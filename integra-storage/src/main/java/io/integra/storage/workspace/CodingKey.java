package io.integra.storage.workspace;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What identifies a coding in a workspace: one coder's reading of one case through one lens for
 * the period starting {@code from}. Several coders may code the same case, lens and period.
 */
public record CodingKey(String caseId, String lens, String coder, LocalDate from) {
  public CodingKey {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(lens, "lens");
    Objects.requireNonNull(coder, "coder");
    Objects.requireNonNull(from, "from");
  }

  /** A stable textual form, e.g. {@code alba/buen-vivir/thesis/2004-12-14}, used in history and messages. */
  public String text() { return caseId + "/" + lens + "/" + coder + "/" + from; }
}

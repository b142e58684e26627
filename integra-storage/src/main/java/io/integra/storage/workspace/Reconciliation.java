package io.integra.storage.workspace;

import io.integra.core.cases.CriterionCoding;
import java.time.LocalDate;
import java.util.List;

/**
 * A reconciled coding: what the coders of a case, lens and period agreed on after discussing their
 * disagreements. It is stored as the coding of the coder {@link #CODER} (so assessments can read
 * it like any other) and left out of agreement statistics.
 *
 * @param coders    the coders whose codings it reconciles
 * @param rationale why the reconciled scores were chosen (stored as the coding's note and in history)
 * @param criteria  the reconciled scores, each with its own rationale
 */
public record Reconciliation(String caseId, String lens, LocalDate from, LocalDate to, String scale,
                             List<String> coders, String rationale, List<CriterionCoding> criteria,
                             Long expectedVersion) {
  /** The coder name reconciled codings are stored under. */
  public static final String CODER = "reconciled";

  public Reconciliation {
    coders = List.copyOf(coders);
    criteria = List.copyOf(criteria);
  }

  public CodingKey key() { return new CodingKey(caseId, lens, CODER, from); }
}

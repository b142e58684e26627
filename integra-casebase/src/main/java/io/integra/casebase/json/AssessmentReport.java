package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.core.assess.EvidenceStatus;

/**
 * An assessment with where its date lies against founding, codings and measured years: the JSON
 * of {@code integra assess --format json} and of {@code /api/assess} (the assessment's keys, then
 * {@code existed}, {@code evidence} (the message) and {@code evidenceStatus}).
 */
public record AssessmentReport(@JsonUnwrapped AssessmentView assessment, boolean existed, String evidence,
                               EvidenceStatusView evidenceStatus) {
  public static AssessmentReport of(AssessmentView a, EvidenceStatus s) {
    return new AssessmentReport(a, s.existed(), s.message(), EvidenceStatusView.of(s));
  }
}

package io.integra.casebase.json;

import io.integra.core.assess.EvidenceStatus;

/**
 * Where the date lies against the case's founding, its coding periods and its measured years
 * ({@link EvidenceStatus}); {@code message} says it in one sentence.
 */
public record EvidenceStatusView(boolean existed, String begins, boolean codingHolds, String codingFrom, String codingTo,
                                 String lastCodingEnd, String nextCodingStart, Integer measuredFrom, Integer measuredTo,
                                 boolean measuredAtDate, String message) {
  public static EvidenceStatusView of(EvidenceStatus s) {
    return new EvidenceStatusView(s.existed(), Dates.str(s.begins()), s.codingHolds(), Dates.str(s.codingFrom()),
        Dates.str(s.codingTo()), Dates.str(s.lastCodingEnd()), Dates.str(s.nextCodingStart()), s.measuredFrom(), s.measuredTo(),
        s.measuredAtDate(), s.message());
  }
}

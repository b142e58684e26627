package io.integra.core.assess;

import java.time.LocalDate;

/**
 * Where the date of an assessment lies against the case's existence, its coding periods and its
 * measured years (built by {@link EvidenceCalendar#status}).
 *
 * @param existed         whether the case existed at the date (false before its founding)
 * @param begins          its founding day (else the first day of a membership spell), or null
 * @param codingHolds     whether a coding of the lens holds at the date
 * @param codingFrom      first day of the coding in force, or null
 * @param codingTo        first day after it, or null (open, or none in force)
 * @param lastCodingEnd   the last day of the latest coding period that ended on or before the date, or null
 * @param nextCodingStart the first day of the earliest coding period that starts after the date, or null
 * @param measuredFrom    first year with a measured membership for the case under the lens, or null
 * @param measuredTo      last such year, or null
 * @param measuredAtDate  whether a criterion is measured at the date itself
 * @param message         all of it in one plain sentence
 */
public record EvidenceStatus(boolean existed, LocalDate begins, boolean codingHolds, LocalDate codingFrom, LocalDate codingTo,
                             LocalDate lastCodingEnd, LocalDate nextCodingStart, Integer measuredFrom, Integer measuredTo,
                             boolean measuredAtDate, String message) { }

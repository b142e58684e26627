package io.integra.flows.data;

import java.util.List;

/**
 * What a load found: rows read, the years present, values kept but worth a warning.
 *
 * @param rows      data rows read (after the flow filter)
 * @param negatives values below zero, kept as published and counted
 * @param firstYear first year with data
 * @param lastYear  last year with data
 * @param warnings  human-readable warnings (negatives, ...)
 */
public record LoadReport(long rows, long negatives, int firstYear, int lastYear, List<String> warnings) {
  public LoadReport { warnings = List.copyOf(warnings); }
}

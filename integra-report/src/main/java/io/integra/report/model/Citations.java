package io.integra.report.model;

import io.integra.core.cases.Citation;
import io.integra.core.cases.Source;

/**
 * The report's author–year citations; the formatting lives in the core ({@link Citation}). Kept so that callers
 * written against it still compile: new code calls {@link Citation#authorYear} and {@link Citation#reference}.
 */
public final class Citations {
  private Citations() { }

  /** e.g. {@code Cuchran and Pallesen (2016)}: {@link Citation#authorYear}. */
  public static String cite(Source s) {
    return Citation.authorYear(s);
  }

  /** The full reference: {@link Citation#reference}. */
  public static String reference(Source s) {
    return Citation.reference(s);
  }
}

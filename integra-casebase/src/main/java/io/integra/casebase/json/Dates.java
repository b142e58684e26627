package io.integra.casebase.json;

import java.time.LocalDate;

/** Dates in the views: ISO text, null stays null. */
public final class Dates {
  private Dates() { }

  public static String str(LocalDate d) { return d == null ? null : d.toString(); }
}

package io.integra.report.model;

import io.integra.core.cases.Source;

/**
 * Formats bibliography entries in an author–year style (close to APA): a short citation beside
 * evidence, and a full reference in the bibliography.
 */
public final class Citations {
  private Citations() { }

  /** e.g. {@code Cuchran and Pallesen (2016)}; falls back to the title, then the key. */
  public static String cite(Source s) {
    String who = blank(s.author()) ? (blank(s.title()) ? s.key() : s.title()) : s.author();
    return who + " (" + (blank(s.year()) ? "n.d." : s.year()) + ")";
  }

  /** The full reference: author (year). Title. Publisher or type. Note-free; the URL is kept apart. */
  public static String reference(Source s) {
    StringBuilder b = new StringBuilder();
    b.append(blank(s.author()) ? "Anon." : s.author());
    b.append(" (").append(blank(s.year()) ? "n.d." : s.year()).append("). ");
    if (!blank(s.title())) b.append(s.title()).append(end(s.title()));
    String kind = kind(s.type());
    if (kind != null) b.append(' ').append(kind).append(blank(s.publisher()) ? "." : ",");
    if (!blank(s.publisher())) b.append(' ').append(s.publisher()).append(end(s.publisher()));
    return b.toString().trim();
  }

  private static String kind(String type) {
    if (type == null) return null;
    switch (type) {
      case "mastersthesis": return "Master's thesis";
      case "phdthesis": return "PhD thesis";
      case "dataset": return "Data set";
      default: return null;
    }
  }

  private static String end(String s) { return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? "" : "."; }

  private static boolean blank(String s) { return s == null || s.isBlank(); }
}

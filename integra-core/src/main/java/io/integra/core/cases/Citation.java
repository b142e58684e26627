package io.integra.core.cases;

import java.util.function.Function;

/**
 * Every way Integra writes a bibliography entry ({@link Source}) for a reader, in one place (before, the
 * report, the web pages and the API each had their own). Author–year style, close to APA (American
 * Psychological Association, <i>Publication Manual</i>, 7th ed., ch. 8–9): a short citation beside evidence,
 * a full reference in a bibliography. Pure: no I/O, no escaping (callers escape for HTML).
 *
 * <p>The four forms differ on purpose, since outputs that scripts and readers already use keep their shape:
 * {@link #authorYear} and {@link #reference} (the HTML report), {@link #inline} (the API's and the case page's
 * {@code citation}), {@link #label} (the choice list of the coding form).
 */
public final class Citation {
  private Citation() { }

  /** The four forms, for callers that choose one by name: {@link #format(Source, Style)}. */
  public enum Style {
    /** {@link #authorYear}: beside evidence in the report. */
    AUTHOR_YEAR,
    /** {@link #reference}: the report's bibliography. */
    REFERENCE,
    /** {@link #inline}: the API's and the case page's {@code citation}. */
    INLINE,
    /** {@link #label}: the coding form's choice list. */
    LABEL
  }

  /** The entry in the given form. */
  public static String format(Source s, Style style) {
    return switch (style) {
      case AUTHOR_YEAR -> authorYear(s);
      case REFERENCE -> reference(s);
      case INLINE -> inline(s);
      case LABEL -> label(s);
    };
  }

  /**
   * What evidence that cites {@code key} shows: its bibliography entry in the given form, or the key
   * itself when the bibliography has no such entry (a case file may cite a key the bibliography
   * lacks; the reader warns, and the key is still the best a reader can be told).
   */
  public static String ofKey(Function<String, Source> bibliography, String key, Style style) {
    Source s = key == null ? null : bibliography.apply(key);
    return s == null ? key : format(s, style);
  }

  /** {@link #ofKey(Function, String, Style)} over a case base's bibliography. */
  public static String ofKey(CaseBase base, String key, Style style) {
    return ofKey(k -> base.source(k).orElse(null), key, style);
  }

  /** e.g. {@code Cuchran and Pallesen (2016)}; falls back to the title, then the key; no year gives "n.d.". */
  public static String authorYear(Source s) {
    String who = blank(s.author()) ? (blank(s.title()) ? s.key() : s.title()) : s.author();
    return who + " (" + (blank(s.year()) ? "n.d." : s.year()) + ")";
  }

  /**
   * The full reference: author (year). Title. Kind (for theses and data sets), publisher. Note-free; the URL is
   * kept apart. No author gives "Anon.", no year "n.d.".
   */
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

  /** One line: {@code author (year). title. publisher}, leaving out what is missing (null). */
  public static String inline(Source s) {
    StringBuilder b = new StringBuilder();
    if (s.author() != null) b.append(s.author());
    if (s.year() != null) b.append(b.length() > 0 ? " (" : "(").append(s.year()).append(")");
    if (s.title() != null) b.append(b.length() > 0 ? ". " : "").append(s.title());
    if (s.publisher() != null) b.append(". ").append(s.publisher());
    return b.toString();
  }

  /** A short label to pick an entry from a list: {@code author (year) — title}, the title cut at 70 characters. */
  public static String label(Source s) {
    String who = s.author() == null ? s.key() : s.author();
    String title = s.title() == null ? "" : " — " + (s.title().length() > 70 ? s.title().substring(0, 69) + "…" : s.title());
    return who + (s.year() == null ? "" : " (" + s.year() + ")") + title;
  }

  private static String kind(String type) {
    if (type == null) return null;
    return switch (type) {
      case "mastersthesis" -> "Master's thesis";
      case "phdthesis" -> "PhD thesis";
      case "dataset" -> "Data set";
      default -> null;
    };
  }

  private static String end(String s) { return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? "" : "."; }

  private static boolean blank(String s) { return s == null || s.isBlank(); }
}

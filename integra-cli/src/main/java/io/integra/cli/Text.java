package io.integra.cli;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for text output that fits an 80-column terminal. */
public final class Text {
  public static final int WIDTH = 80;

  private Text() { }

  /** Wraps {@code text} to {@code width} columns, each line prefixed by {@code indent}. */
  public static List<String> wrap(String text, String indent, int width) {
    List<String> lines = new ArrayList<>();
    if (text == null || text.isBlank()) return lines;
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.trim().split("\\s+")) {
      if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(indent);
      }
      if (line.length() > indent.length()) line.append(' ');
      line.append(word);
    }
    if (line.length() > indent.length()) lines.add(line.toString());
    return lines;
  }

  /**
   * Columns available for text output: the terminal's width when the launcher passes it (system
   * property {@code integra.columns}, from {@code tput cols} when stdout is a terminal), never
   * fewer than 80; 80 when output goes to a file or pipe. ($COLUMNS is not read: a shell exports
   * it into redirected runs too.)
   */
  public static int width() {
    String told = System.getProperty("integra.columns");
    try {
      return told == null || told.isBlank() ? WIDTH : Math.max(WIDTH, Integer.parseInt(told.strip()));
    } catch (NumberFormatException e) {
      return WIDTH;
    }
  }

  public static String cut(String s, int max) {
    if (s == null) return "";
    return s.length() <= max ? s : s.substring(0, Math.max(0, max - 1)) + "…";
  }

  public static String num(Double v) { return v == null ? "?" : String.format(java.util.Locale.ROOT, "%.2f", v); }
}

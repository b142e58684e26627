package io.integra.report.tables;

import java.util.List;

/**
 * Writes a {@link Table} as a GitHub-flavoured Markdown pipe table (GFM spec §4.10 "Tables"):
 * pipes inside cells are escaped as {@code \|}, line breaks become spaces, and the characters
 * that would start emphasis, code or links are backslash-escaped so that user text stays literal.
 */
public final class MarkdownTable {
  private MarkdownTable() { }

  public static String write(Table t) {
    StringBuilder b = new StringBuilder();
    if (t.title() != null) b.append("**").append(escape(t.title())).append("**\n\n");
    row(b, t.headers());
    b.append('|');
    for (Table.Column c : t.columns()) {
      switch (c.align()) {
        case RIGHT: b.append(" ---: |"); break;
        case CENTER: b.append(" :---: |"); break;
        default: b.append(" :--- |");
      }
    }
    b.append('\n');
    for (List<String> r : t.rows()) row(b, r);
    if (t.note() != null) b.append('\n').append(escape(t.note())).append('\n');
    return b.toString();
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append('|');
    for (String c : cells) b.append(' ').append(escape(c)).append(" |");
    b.append('\n');
  }

  /** Escapes Markdown inline syntax and the table's pipe; the text reads the same once rendered. */
  public static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\r': break;
        case '\n': b.append(' '); break;
        case '\\': case '|': case '*': case '_': case '`': case '[': case ']': case '<': case '>': case '#':
          b.append('\\').append(ch);
          break;
        default: b.append(ch);
      }
    }
    return b.toString();
  }
}

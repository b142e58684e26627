package io.integra.casebase.write;

import io.integra.core.cases.Source;
import java.util.List;
import java.util.Locale;

/**
 * Writes a bibliography as BibTeX for a replication package. Field values are brace-delimited with
 * LaTeX's special characters escaped; a master's thesis's publisher becomes its {@code school}
 * (BibTeX's field for it), a source without a type is {@code @misc}.
 */
public final class BibTexWriter {
  private BibTexWriter() { }

  public static String write(List<Source> sources) {
    StringBuilder b = new StringBuilder();
    for (Source s : sources) {
      String type = s.type() == null || s.type().isBlank() ? "misc" : s.type().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
      if (type.isEmpty()) type = "misc";
      if (b.length() > 0) b.append('\n');
      b.append('@').append(type).append('{').append(s.key()).append(",\n");
      field(b, "author", s.author(), false);
      field(b, "title", s.title(), false);
      field(b, "year", s.year(), false);
      boolean thesis = type.equals("mastersthesis") || type.equals("phdthesis");
      field(b, thesis ? "school" : "publisher", s.publisher(), false);
      field(b, "url", s.url(), true);
      field(b, "note", s.note(), false);
      b.append("}\n");
    }
    return b.toString();
  }

  private static void field(StringBuilder b, String name, String value, boolean verbatim) {
    if (value == null || value.isEmpty()) return;
    b.append("  ").append(name).append(" = {").append(verbatim ? value.replace("{", "\\{").replace("}", "\\}") : escape(value)).append("},\n");
  }

  /** Escapes LaTeX's special characters so a title prints as written. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\': b.append("\\textbackslash{}"); break;
        case '{': case '}': case '&': case '%': case '$': case '#': case '_': b.append('\\').append(c); break;
        case '~': b.append("\\textasciitilde{}"); break;
        case '^': b.append("\\textasciicircum{}"); break;
        case '\n': case '\r': case '\t': b.append(' '); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }
}

package io.integra.casebase.write;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small emitter for the canonical YAML of case and bibliography files: block mappings with a
 * fixed key order, every string double-quoted (so no value can be misread as a number, a boolean
 * or null), dates as plain {@code YYYY-MM-DD}, numbers in their shortest exact decimal form. The
 * same records always give the same bytes.
 */
final class YamlOut {
  private final StringBuilder out = new StringBuilder();

  /** Writes {@code key: value} at {@code indent}; a null value writes nothing (absent and null read the same). */
  YamlOut str(int indent, String key, String value) {
    if (value != null) line(indent, key + ": " + quote(value));
    return this;
  }

  YamlOut date(int indent, String key, LocalDate value) {
    if (value != null) line(indent, key + ": " + value);
    return this;
  }

  YamlOut num(int indent, String key, double value) {
    line(indent, key + ": " + number(value));
    return this;
  }

  YamlOut bool(int indent, String key, boolean value) {
    line(indent, key + ": " + value);
    return this;
  }

  /** A flow list of strings; an empty list writes nothing. */
  YamlOut strs(int indent, String key, List<String> values) {
    if (values != null && !values.isEmpty()) line(indent, key + ": [" + values.stream().map(YamlOut::quote).collect(Collectors.joining(", ")) + "]");
    return this;
  }

  YamlOut ints(int indent, String key, List<Integer> values) {
    if (values != null && !values.isEmpty()) line(indent, key + ": [" + values.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]");
    return this;
  }

  /** A key whose block value follows on the next lines. */
  YamlOut key(int indent, String key) {
    line(indent, key + ":");
    return this;
  }

  YamlOut raw(int indent, String text) {
    line(indent, text);
    return this;
  }

  /**
   * The first key of a list item: {@code - key: value} at {@code indent}; the item's other keys go
   * at {@code indent + 2}.
   */
  YamlOut item(int indent, String key, String value) {
    line(indent, "- " + key + ": " + (value == null ? "null" : quote(value)));
    return this;
  }

  YamlOut itemDate(int indent, String key, LocalDate value) {
    line(indent, "- " + key + ": " + (value == null ? "null" : value.toString()));
    return this;
  }

  private void line(int indent, String text) {
    out.append(" ".repeat(indent)).append(text).append('\n');
  }

  @Override
  public String toString() { return out.toString(); }

  /** Shortest decimal that reads back to the same double, never in exponent form (1 → "1", 0.1 → "0.1"). */
  static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) throw new IllegalArgumentException("not a finite number: " + v);
    if (v == 0) return "0";
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** A YAML double-quoted scalar; escapes backslash, quote and every non-printable character. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\': b.append("\\\\"); break;
        case '"': b.append("\\\""); break;
        case '\n': b.append("\\n"); break;
        case '\t': b.append("\\t"); break;
        case '\r': b.append("\\r"); break;
        default:
          boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF' || loneSurrogate) {
            b.append(String.format("\\u%04X", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }
}

package io.integra.casebase.yaml;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to a located mapping that records a {@link Problem} instead of throwing, so one
 * run reports every mistake. Readers call {@link #allow} to reject unknown keys (a misspelt key
 * would otherwise silently lose data).
 */
public final class Fields {
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private final Node.MapNode map;
  private final Problems problems;
  private final String what;

  private Fields(Node.MapNode map, Problems problems, String what) {
    this.map = map;
    this.problems = problems;
    this.what = what;
  }

  /** Wraps {@code node} if it is a mapping; records a problem and returns null otherwise. */
  public static Fields of(Node node, Problems problems, String what) {
    if (node instanceof Node.MapNode m) return new Fields(m, problems, what);
    if (node != null) problems.add(node.location(), what + " is " + node.kind(), "a mapping of keys to values");
    return null;
  }

  /**
   * The top mapping of a YAML document ({@code what}, e.g. "the file"); throws
   * {@link InvalidInputException} with the problems when the text is not YAML
   * or not a mapping.
   */
  public static Fields document(String file, String text, Problems problems, String what) {
    Node root = YamlTreeReader.read(file, text, problems);
    problems.throwIfAny();
    Fields top = of(root, problems, what);
    problems.throwIfAny();
    return top;
  }

  public Location location() { return map.location(); }

  public Problems problems() { return problems; }

  public Node node(String key) { return map.get(key); }

  public boolean has(String key) {
    Node n = map.get(key);
    return n != null && !(n instanceof Node.Scalar s && s.isNull());
  }

  /** Location of the value of {@code key}, or of the mapping when absent. */
  public Location at(String key) {
    Node n = map.get(key);
    return n == null ? map.location() : n.location();
  }

  public void allow(Set<String> keys) {
    for (Node.Entry e : map.entries().values()) {
      if (!keys.contains(e.key())) {
        problems.add(e.keyLocation(), "unknown key '" + e.key() + "' in " + what, "one of " + String.join(", ", keys.stream().sorted().toList()));
      }
    }
  }

  public String string(String key, boolean required) {
    Node n = map.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.isNull())) {
      if (required) problems.add(n == null ? map.location() : n.location(), "missing '" + key + "' in " + what, "a value for '" + key + "'");
      return null;
    }
    if (n instanceof Node.Scalar s) return s.text();
    problems.add(n.location(), "'" + key + "' is " + n.kind(), "a single value");
    return null;
  }

  public String id(String key, boolean required) {
    String s = string(key, required);
    if (s != null && !s.matches("[a-z0-9][a-z0-9_.-]*")) {
      problems.add(at(key), "'" + s + "' is not a valid id", "lower-case letters, digits, '_', '-' or '.'");
      return null;
    }
    return s;
  }

  public Double number(String key, boolean required) {
    Node n = map.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.isNull())) {
      if (required) problems.add(n == null ? map.location() : n.location(), "missing '" + key + "' in " + what, "a number");
      return null;
    }
    if (n instanceof Node.Scalar s && (s.type().equals("int") || s.type().equals("float"))) {
      try { return Double.parseDouble(s.text()); } catch (NumberFormatException e) { /* reported below */ }
    }
    problems.add(n.location(), "'" + key + "' is " + n.kind(), "a number");
    return null;
  }

  public boolean bool(String key, boolean dflt) {
    Node n = map.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.isNull())) return dflt;
    if (n instanceof Node.Scalar s && s.type().equals("bool")) return Boolean.parseBoolean(s.text());
    problems.add(n.location(), "'" + key + "' is " + n.kind(), "true or false");
    return dflt;
  }

  /**
   * A date as {@code YYYY-MM-DD}; {@code YYYY-MM} and {@code YYYY} are accepted for facts known
   * only to the month or year and read as the first day of that month or year.
   */
  public LocalDate date(String key, boolean required) {
    String s = string(key, required);
    return s == null ? null : parseDate(s, at(key), problems);
  }

  public static LocalDate parseDate(String s, Location at, Problems problems) {
    String t = s.trim();
    if (!DATE.matcher(t).matches()) {
      problems.add(at, "'" + s + "' is not a date", "YYYY-MM-DD (or YYYY-MM, YYYY)");
      return null;
    }
    String full = t.length() == 4 ? t + "-01-01" : t.length() == 7 ? t + "-01" : t;
    try {
      return LocalDate.parse(full);
    } catch (DateTimeParseException e) {
      problems.add(at, "'" + s + "' is not a calendar date", "a real date as YYYY-MM-DD");
      return null;
    }
  }

  /** The items of a list; an absent key gives an empty list. */
  public List<Node> list(String key, boolean required) {
    Node n = map.get(key);
    if (n == null || (n instanceof Node.Scalar s && s.isNull())) {
      if (required) problems.add(n == null ? map.location() : n.location(), "missing '" + key + "' in " + what, "a list");
      return List.of();
    }
    if (n instanceof Node.ListNode l) return l.items();
    problems.add(n.location(), "'" + key + "' is " + n.kind(), "a list");
    return List.of();
  }

  /**
   * The items of a list that are mappings, each as {@code what}; an item that is not a mapping is
   * recorded as a problem and left out (as {@link #of}); an absent key gives an empty list.
   */
  public List<Fields> maps(String key, boolean required, String what) {
    List<Fields> out = new ArrayList<>();
    for (Node n : list(key, required)) {
      Fields f = of(n, problems, what);
      if (f != null) out.add(f);
    }
    return out;
  }

  /** A list of strings (a single string is accepted as a one-item list). */
  public List<String> strings(String key) {
    Node n = map.get(key);
    if (n instanceof Node.Scalar s && !s.isNull()) return List.of(s.text());
    List<String> out = new ArrayList<>();
    for (Node item : list(key, false)) {
      if (item instanceof Node.Scalar s && !s.isNull()) out.add(s.text());
      else problems.add(item.location(), "an item of '" + key + "' is " + item.kind(), "a single value");
    }
    return out;
  }

  public List<Integer> ints(String key) {
    List<Integer> out = new ArrayList<>();
    for (Node item : list(key, false)) {
      if (item instanceof Node.Scalar s && s.type().equals("int")) out.add(Integer.parseInt(s.text()));
      else problems.add(item.location(), "an item of '" + key + "' is " + item.kind(), "a whole number");
    }
    return out;
  }
}

package io.integra.qca.robust;

import io.integra.qca.QcaException;
import io.integra.qca.data.QcaData;
import io.integra.qca.fuzzy.Fit;
import io.integra.qca.fuzzy.SufficiencyFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Theory evaluation (Ragin 1987, ch. 8; Schneider &amp; Wagemann 2012, §11.3; SetMethods
 * {@code theory.evaluation}, R QCA {@code modelFit}): a theory T (an expression, e.g. a lens
 * formula of the codebook) held against an empirical solution S for outcome Y. The four
 * intersections T*S, T*~S, ~T*S and ~T*~S are formed in Boolean algebra as R QCA does: negation by
 * De Morgan, products expanded to a sum of products, products holding a condition and its negation
 * dropped, products containing another absorbed. Each region gets its expression, its consistency
 * and coverage as sufficient for Y, and the cases that are members of it (membership &gt; 0.5),
 * split into those in Y (&gt; 0.5) and those out of it.
 */
public final class TheoryEvaluation {
  /** Largest sum of products formed while negating, so that a long expression cannot exhaust memory. */
  static final int MAX_TERMS = 20_000;

  private TheoryEvaluation() { }

  public record Region(String name, String expression, SufficiencyFit fit, List<String> casesInY, List<String> casesNotInY) {
    public Region {
      casesInY = List.copyOf(casesInY);
      casesNotInY = List.copyOf(casesNotInY);
    }
  }

  /** A product: condition name to true (present) or false (negated), in name order. */
  record Product(TreeMap<String, Boolean> literals) {
    boolean contains(Product o) {
      for (Map.Entry<String, Boolean> e : o.literals.entrySet()) if (!e.getValue().equals(literals.get(e.getKey()))) return false;
      return true;
    }

    String write() {
      List<String> parts = new ArrayList<>();
      literals.forEach((k, v) -> parts.add(v ? k : "~" + k));
      return String.join("*", parts);
    }
  }

  public static List<Region> of(String theory, String solution, QcaData data, double[] y) {
    List<Product> t = parse(theory), s = parse(solution);
    List<Product> nt = not(t), ns = not(s);
    Object[][] regions = {{"T*S", and(t, s)}, {"T*~S", and(t, ns)}, {"~T*S", and(nt, s)}, {"~T*~S", and(nt, ns)}};
    List<Region> out = new ArrayList<>();
    for (Object[] r : regions) {
      @SuppressWarnings("unchecked") List<Product> sop = (List<Product>) r[1];
      double[] m = membership(sop, data);
      List<String> in = new ArrayList<>(), outY = new ArrayList<>();
      for (int i = 0; i < m.length; i++) if (m[i] > 0.5) (y[i] > 0.5 ? in : outY).add(data.cases().get(i));
      String name = (String) r[0];
      out.add(new Region(name, write(sop), Fit.sufficiency(name, m, y), in, outY));
    }
    return out;
  }

  static String write(List<Product> sop) {
    if (sop.isEmpty()) return "0";
    return String.join(" + ", sop.stream().map(p -> p.literals.isEmpty() ? "1" : p.write()).toList());
  }

  /**
   * Parses an expression into a sum of products: {@code A*~B + C}, with parentheses and negation of
   * groups ({@code ~(A + B)*C}), constants 1 and 0; spaces are ignored. Condition names are letters,
   * digits, '_' and '.', starting with a letter or '_' (the codebook's criterion ids).
   */
  static List<Product> parse(String text) {
    Parser p = new Parser(text);
    List<Product> e = p.expr();
    p.skip();
    if (p.i < text.length()) throw p.error("unexpected '" + text.charAt(p.i) + "'");
    return e;
  }

  private static final class Parser {
    final String s;
    int i;

    Parser(String s) { this.s = s; }

    void skip() { while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++; }

    QcaException error(String what) {
      return new QcaException("cannot read '" + s + "' at character " + (i + 1) + ": " + what
          + " (expected condition names, ~, *, +, parentheses)");
    }

    List<Product> expr() {
      List<Product> acc = new ArrayList<>(term());
      skip();
      while (i < s.length() && s.charAt(i) == '+') {
        i++;
        acc.addAll(term());
        skip();
      }
      return absorb(acc);
    }

    List<Product> term() {
      List<Product> acc = factor();
      skip();
      while (i < s.length() && s.charAt(i) == '*') {
        i++;
        acc = and(acc, factor());
        skip();
      }
      return acc;
    }

    List<Product> factor() {
      skip();
      if (i >= s.length()) throw error("the expression ends too early");
      char c = s.charAt(i);
      if (c == '~') { i++; return not(factor()); }
      if (c == '(') {
        i++;
        List<Product> e = expr();
        skip();
        if (i >= s.length() || s.charAt(i) != ')') throw error("missing ')'");
        i++;
        return e;
      }
      if (c == '1' || c == '0') {
        i++;
        return c == '1' ? List.of(new Product(new TreeMap<>())) : List.of();
      }
      int start = i;
      if (Character.isLetter(c) || c == '_') {
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
        TreeMap<String, Boolean> m = new TreeMap<>();
        m.put(s.substring(start, i), true);
        return List.of(new Product(m));
      }
      throw error("unexpected '" + c + "'");
    }
  }

  static List<Product> and(List<Product> a, List<Product> b) {
    List<Product> out = new ArrayList<>();
    for (Product p : a) {
      for (Product q : b) {
        TreeMap<String, Boolean> m = new TreeMap<>(p.literals);
        boolean ok = true;
        for (Map.Entry<String, Boolean> e : q.literals.entrySet()) {
          Boolean prev = m.put(e.getKey(), e.getValue());
          if (prev != null && !prev.equals(e.getValue())) { ok = false; break; }
        }
        if (ok) out.add(new Product(m));
        if (out.size() > MAX_TERMS) throw new QcaException("the expression grows beyond " + MAX_TERMS + " products; use shorter expressions");
      }
    }
    return absorb(out);
  }

  /** De Morgan: the negation of a sum of products is the product of the sums of negated literals. */
  static List<Product> not(List<Product> sop) {
    List<Product> acc = List.of(new Product(new TreeMap<>())); // 1
    for (Product p : sop) {
      if (p.literals.isEmpty()) return List.of(); // ~1 = 0
      List<Product> sum = new ArrayList<>();
      p.literals.forEach((k, v) -> {
        TreeMap<String, Boolean> m = new TreeMap<>();
        m.put(k, !v);
        sum.add(new Product(m));
      });
      acc = and(acc, sum);
    }
    return acc;
  }

  /** Drops duplicates and every product that contains another (X + X*Y = X). */
  static List<Product> absorb(List<Product> in) {
    List<Product> sorted = new ArrayList<>(in);
    sorted.sort(java.util.Comparator.comparingInt(p -> p.literals.size()));
    List<Product> out = new ArrayList<>();
    for (Product p : sorted) {
      boolean absorbed = false;
      for (Product q : out) if (p.contains(q)) { absorbed = true; break; }
      if (!absorbed) out.add(p);
    }
    return out;
  }

  static double[] membership(List<Product> sop, QcaData data) {
    double[] out = new double[data.size()];
    for (Product p : sop) {
      for (int i = 0; i < out.length; i++) {
        double m = 1;
        for (Map.Entry<String, Boolean> e : p.literals.entrySet()) {
          double x = data.value(e.getKey(), i);
          m = Math.min(m, e.getValue() ? x : 1 - x);
        }
        out[i] = Math.max(out[i], m);
      }
    }
    return out;
  }
}

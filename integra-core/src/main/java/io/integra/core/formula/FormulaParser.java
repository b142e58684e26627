package io.integra.core.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for codebook formulas.
 *
 * <pre>
 *   sum     := product ('+' product)*
 *   product := factor (('*' | '&amp;') factor)*
 *   factor  := '~' factor | '(' sum ')' | identifier | number
 * </pre>
 * Identifiers are criterion ids: a letter, then letters, digits, {@code _} or {@code -}.
 * Precedence follows QCA's notation (Dusa 2019, <i>QCA with R</i>, ch. 3): NOT binds tightest,
 * then AND, then OR.
 */
public final class FormulaParser {
  private final String src;
  private int pos;

  private FormulaParser(String src) { this.src = src; }

  public static Formula parse(String text) {
    if (text == null || text.isBlank()) throw new FormulaException("empty formula; expected an expression such as 'a * b + ~c'", 1);
    FormulaParser p = new FormulaParser(text);
    Formula f = p.sum();
    p.skipSpace();
    if (p.pos < text.length()) {
      throw new FormulaException("unexpected '" + text.charAt(p.pos) + "'; expected '*', '+' or the end of the formula", p.pos + 1);
    }
    return f;
  }

  private Formula sum() {
    List<Formula> terms = new ArrayList<>();
    terms.add(product());
    while (peek('+')) { pos++; terms.add(product()); }
    return terms.size() == 1 ? terms.get(0) : new Formula.Or(terms);
  }

  private Formula product() {
    List<Formula> factors = new ArrayList<>();
    factors.add(factor());
    while (peek('*') || peek('&')) { pos++; factors.add(factor()); }
    return factors.size() == 1 ? factors.get(0) : new Formula.And(factors);
  }

  private Formula factor() {
    skipSpace();
    if (pos >= src.length()) throw new FormulaException("formula ends too early; expected a criterion id, '~' or '('", pos + 1);
    char c = src.charAt(pos);
    if (c == '~' || c == '!') { pos++; return new Formula.Not(factor()); }
    if (c == '(') {
      int open = pos;
      pos++;
      Formula inner = sum();
      skipSpace();
      if (pos >= src.length() || src.charAt(pos) != ')') throw new FormulaException("'(' is never closed; expected ')'", open + 1);
      pos++;
      return inner;
    }
    if (Character.isLetter(c)) {
      int start = pos;
      while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_' || src.charAt(pos) == '-')) pos++;
      return new Formula.Var(src.substring(start, pos), start + 1);
    }
    if (Character.isDigit(c) || c == '.') {
      int start = pos;
      while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
      double v;
      try { v = Double.parseDouble(src.substring(start, pos)); } catch (NumberFormatException e) {
        throw new FormulaException("'" + src.substring(start, pos) + "' is not a number", start + 1);
      }
      if (v < 0 || v > 1) throw new FormulaException("constant " + v + " is outside [0,1]", start + 1);
      return new Formula.Const(v);
    }
    throw new FormulaException("unexpected '" + c + "'; expected a criterion id, '~' or '('", pos + 1);
  }

  private boolean peek(char c) {
    skipSpace();
    return pos < src.length() && src.charAt(pos) == c;
  }

  private void skipSpace() {
    while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
  }
}

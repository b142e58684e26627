package io.integra.core.formula;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fuzzy-set formula over criterion ids, as written in the codebook:
 * {@code *} is AND (minimum), {@code +} is OR (maximum), {@code ~} is NOT (1 - x).
 *
 * <p>These are Zadeh's operators as used in fuzzy-set QCA (Ragin 2000, <i>Fuzzy-Set Social
 * Science</i>, ch. 6). Evaluation is over {@link Membership} intervals, so that an uncoded
 * criterion stays unknown ({@code [0,1]}) instead of being silently read as 0: the thesis codes
 * by argument and says nothing about some conditions (model.md §7).
 */
public sealed interface Formula {

  /** Evaluates the formula; a criterion missing from {@code values} is unknown. */
  Membership evaluate(Map<String, Membership> values);

  /** The criterion ids the formula names, in order of first appearance. */
  default Set<String> variables() {
    Set<String> out = new LinkedHashSet<>();
    collect(this, out);
    return out;
  }

  /** The formula in the codebook's notation, fully parenthesised only where needed. */
  String text();

  private static void collect(Formula f, Set<String> out) {
    // Java 17: no pattern matching in switch yet, so an instanceof chain.
    if (f instanceof Var v) out.add(v.id());
    else if (f instanceof Not n) collect(n.operand(), out);
    else if (f instanceof And a) a.operands().forEach(o -> collect(o, out));
    else if (f instanceof Or o) o.operands().forEach(x -> collect(x, out));
  }

  record Var(String id, int column) implements Formula {
    public Membership evaluate(Map<String, Membership> values) {
      Membership m = values.get(id);
      return m == null ? Membership.UNKNOWN : m;
    }
    public String text() { return id; }
  }

  record Const(double value) implements Formula {
    public Membership evaluate(Map<String, Membership> values) { return Membership.of(value); }
    public String text() { return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value); }
  }

  record Not(Formula operand) implements Formula {
    public Membership evaluate(Map<String, Membership> values) { return operand.evaluate(values).not(); }
    public String text() {
      String inner = operand.text();
      return operand instanceof Var || operand instanceof Const || operand instanceof Not ? "~" + inner : "~(" + inner + ")";
    }
  }

  record And(List<Formula> operands) implements Formula {
    public And { operands = List.copyOf(operands); }
    public Membership evaluate(Map<String, Membership> values) {
      return operands.stream().map(f -> f.evaluate(values)).reduce(Membership.of(1), Membership::and);
    }
    public String text() {
      return operands.stream().map(f -> f instanceof Or ? "(" + f.text() + ")" : f.text()).collect(Collectors.joining(" * "));
    }
  }

  record Or(List<Formula> operands) implements Formula {
    public Or { operands = List.copyOf(operands); }
    public Membership evaluate(Map<String, Membership> values) {
      return operands.stream().map(f -> f.evaluate(values)).reduce(Membership.of(0), Membership::or);
    }
    public String text() {
      return operands.stream().map(Formula::text).collect(Collectors.joining(" + "));
    }
  }
}

package io.integra.qca.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.qca.data.QcaData;
import io.integra.qca.fuzzy.Fit;
import io.integra.qca.fuzzy.FuzzySets;
import io.integra.qca.fuzzy.SuperSubset;
import io.integra.qca.minimize.MinimizeOptions;
import io.integra.qca.minimize.Minimization;
import io.integra.qca.minimize.Minimizer;
import io.integra.qca.notation.Expression;
import io.integra.qca.notation.Literal;
import io.integra.qca.notation.Term;
import io.integra.qca.truthtable.TruthTable;
import io.integra.qca.truthtable.TruthTableOptions;
import org.opentest4j.TestAbortedException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evaluation environment for one manifest entry: its data set and setup assignments, and R calls replayed on them. */
final class REnv {
    final QcaData data;
    final Map<String, String> vars = new LinkedHashMap<>();

    REnv(JsonNode entry) {
        String ds = entry.get("dataset").asText();
        data = Set.of("LC", "LM", "LF", "CVF").contains(ds) ? Reference.dataset(ds) : null;
        for (JsonNode s : entry.get("setup")) {
            String line = s.asText();
            int arrow = line.indexOf("<-");
            if (arrow > 0) vars.put(line.substring(0, arrow).trim(), line.substring(arrow + 2).trim());
        }
    }

    TruthTable tt(String expr) {
        expr = expr.trim();
        if (vars.containsKey(expr)) expr = vars.get(expr);
        return truthTable(RCall.parse(expr));
    }

    TruthTable truthTable(RCall c) {
        String outcome = RCall.unquote(c.arg("outcome", 1));
        TruthTableOptions o = TruthTableOptions.of(outcome);
        String conds = c.named().get("conditions");
        if (conds != null) {
            conds = RCall.unquote(conds);
            if (conds.contains(":")) {
                String[] ab = conds.split(":");
                List<String> cols = data.columns();
                o = o.conditions(cols.subList(cols.indexOf(ab[0].trim()), cols.indexOf(ab[1].trim()) + 1));
            } else {
                o = o.conditions(RCall.vector(conds));
            }
        }
        if (c.named().containsKey("incl.cut")) {
            List<String> ic = RCall.vector(c.named().get("incl.cut"));
            o = ic.size() > 1 ? o.inclCut(Double.parseDouble(ic.get(0)), Double.parseDouble(ic.get(1))) : o.inclCut(Double.parseDouble(ic.get(0)));
        }
        if (c.named().containsKey("n.cut")) o = o.nCut(Integer.parseInt(c.named().get("n.cut")));
        if (c.named().containsKey("pri.cut")) o = o.priCut(Double.parseDouble(c.named().get("pri.cut")));
        if (c.named().containsKey("complete")) o = o.complete("TRUE".equals(c.named().get("complete")));
        if (c.named().containsKey("sort.by")) o = o.sortBy(RCall.unquote(c.named().get("sort.by")));
        return TruthTable.build(data, o);
    }

    Minimization minimize(RCall c) {
        TruthTable tt = tt(c.positional().get(0));
        MinimizeOptions o = MinimizeOptions.conservative();
        if (c.named().containsKey("include")) o = o.withInclude(Set.copyOf(RCall.vector(c.named().get("include"))));
        if ("TRUE".equals(c.named().get("all.sol"))) o = o.withAllSol(true);
        if ("TRUE".equals(c.named().get("row.dom"))) o = o.withRowDom(true);
        if (c.named().containsKey("dir.exp")) {
            String de = c.named().get("dir.exp");
            o = o.withDirExp(de.startsWith("c(") ? RCall.vector(de) : List.of(RCall.unquote(de)));
        }
        return Minimizer.minimize(tt, o);
    }

    List<Object> pof(RCall c) {
        String first = c.positional().get(0);
        String rel = RCall.unquote(c.named().getOrDefault("relation", "\"necessity\""));
        boolean nec = rel.startsWith("nec");
        if (c.function().equals("pofind")) {
            List<Object> out = new ArrayList<>();
            double[] y = data.column(RCall.unquote(c.named().get("outcome")));
            for (String cond : RCall.vector(c.named().get("conditions"))) {
                for (int v = 0; v < data.levels(cond); v++) {
                    double[] x = Expression.membership(new Literal(cond, false, Set.of(v)), data);
                    out.add(Fit.necessity(cond + "[" + v + "]", x, y));
                }
            }
            return out;
        }
        String arrowExpr = RCall.unquote(first);
        if (arrowExpr.contains("->") || arrowExpr.contains("<-")) {
            boolean suf = arrowExpr.contains("->");
            String[] parts = arrowExpr.split(suf ? "->" : "<-");
            Expression ex = Expression.parse(parts[0].trim());
            double[] y = Expression.parse(parts[1].trim()).membership(data);
            List<Object> out = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<double[]> mems = new ArrayList<>();
            for (List<Literal> p : ex.products()) {
                names.add(Expression.write(p));
                mems.add(Expression.membership(p, data));
            }
            double[] whole = ex.membership(data);
            if (suf) {
                out.addAll(Fit.sufficiencyTerms(names, mems, y));
                out.add(Fit.sufficiency("expression", whole, y));
            } else {
                for (int i = 0; i < names.size(); i++) out.add(Fit.necessity(names.get(i), mems.get(i), y));
                out.add(Fit.necessity("expression", whole, y));
            }
            // add = <R function>: a user-defined extra column; the standard parameters are still compared
            return out;
        }
        // a matrix of conditions against an outcome vector
        Map<String, double[]> sets = setsOf(first, c);
        double[] y = vectorOf(c.positional().get(1));
        List<Object> out = new ArrayList<>();
        if (nec) {
            for (Map.Entry<String, double[]> e : sets.entrySet()) out.add(Fit.necessity(e.getKey(), e.getValue(), y));
        } else {
            out.addAll(Fit.sufficiencyTerms(new ArrayList<>(sets.keySet()), new ArrayList<>(sets.values()), y));
        }
        return out;
    }

    /** LC[, 1:5], 1 - LF[, 1:5], conds, 1 - conds, nCVF$coms, 1 - cCVF$pims */
    Map<String, double[]> setsOf(String expr, RCall c) {
        boolean negate = false;
        expr = expr.trim();
        if (expr.startsWith("1 -")) {
            negate = true;
            expr = expr.substring(3).trim();
        }
        if (vars.containsKey(expr)) expr = vars.get(expr);
        Map<String, double[]> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(\\w+)\\[, *(\\d+):(\\d+)\\]").matcher(expr);
        Matcher dollar = Pattern.compile("(\\w+)\\$(\\w+)").matcher(expr);
        if (m.matches()) {
            for (int i = Integer.parseInt(m.group(2)); i <= Integer.parseInt(m.group(3)); i++) {
                String col = data.columns().get(i - 1);
                double[] v = data.column(col);
                out.put(negate ? "~" + col : col, negate ? FuzzySets.not(v) : v);
            }
            return out;
        }
        if (dollar.matches()) {
            String obj = vars.get(dollar.group(1));
            RCall oc = RCall.parse(obj);
            if (dollar.group(2).equals("coms")) {
                for (SuperSubset.Item it : superSubset(oc).items()) out.put(it.expression(), it.membership());
            } else if (dollar.group(2).equals("pims")) {
                Minimization min = minimizeCall(oc);
                for (Term t : min.solution().primes()) {
                    double[] v = Minimizer.membership(t, min.truthTable());
                    String name = min.write(t);
                    if (negate) {
                        v = FuzzySets.not(v);
                        name = negateTerm(name);
                    }
                    out.put(name, v);
                }
                return out;
            }
            if (negate) {
                Map<String, double[]> neg = new LinkedHashMap<>();
                out.forEach((k, v) -> neg.put("~" + k, FuzzySets.not(v)));
                return neg;
            }
            return out;
        }
        throw new TestAbortedException("not covered: set matrix " + expr);
    }

    static String negateTerm(String term) {
        List<String> lits = new ArrayList<>();
        for (String l : term.split("\\*")) lits.add(l.startsWith("~") ? l.substring(1) : "~" + l);
        return String.join("+", lits);
    }

    Minimization minimizeCall(RCall oc) {
        if (oc.function().equals("minimize")) {
            RCall inner = RCall.parse(oc.positional().get(0));
            TruthTable tt = truthTable(inner);
            return Minimizer.minimize(tt, MinimizeOptions.conservative());
        }
        throw new TestAbortedException("not covered: " + oc);
    }

    double[] vectorOf(String expr) {
        expr = expr.trim();
        boolean negate = false;
        if (expr.startsWith("1 -")) {
            negate = true;
            expr = expr.substring(3).trim();
        }
        if (vars.containsKey(expr)) expr = vars.get(expr);
        Matcher dollar = Pattern.compile("(\\w+)\\$(\\w+)").matcher(expr);
        double[] v;
        if (dollar.matches()) v = data.column(dollar.group(2));
        else v = data.column(expr);
        return negate ? FuzzySets.not(v) : v;
    }

    SuperSubset.Result superSubset(RCall c) {
        String outcome = RCall.unquote(c.arg("outcome", 1));
        double incl = Double.parseDouble(c.named().getOrDefault("incl.cut", "1"));
        double cov = Double.parseDouble(c.named().getOrDefault("cov.cut", "0"));
        return SuperSubset.necessity(data, outcome, List.of(), incl, cov);
    }

    double[] using(RCall c) {
        RCall inner = RCall.parse(c.positional().get(1));
        List<double[]> sets = new ArrayList<>();
        for (String a : inner.positional()) {
            a = a.trim();
            sets.add(a.startsWith("1 -") ? FuzzySets.not(data.column(a.substring(3).trim())) : data.column(a));
        }
        double[][] arr = sets.toArray(new double[0][]);
        return inner.function().equals("fuzzyand") ? FuzzySets.and(arr) : FuzzySets.or(arr);
    }
}

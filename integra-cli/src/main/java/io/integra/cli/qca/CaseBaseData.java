package io.integra.cli.qca;

import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.Dates;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.Outcome;
import io.integra.core.formula.Membership;
import io.integra.qca.data.QcaData;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a QCA data set from the case base by calling the {@link Assessor}: one unit per case at {@code --at}
 * or, with {@code --years Y1-Y2}, one unit per case-year (id {@code case:year}, sampled on the Assessor's
 * timeline date of each year, {@link TimelineBuilder#sampleDate}), with the case as the cluster of its units.
 * A column per criterion of the lens (the criterion membership of {@code Assessment.criteria()}) and per
 * outcome ({@code Assessment.outcomes()}): whatever memberships the Assessor uses (coded scores, measured
 * values) flow into the analysis unchanged. Unknown memberships are NaN; the units unknown on a chosen
 * condition or on the outcome are dropped with a message naming them and what is unknown.
 */
public class CaseBaseData {
    private static final Pattern YEARS = Pattern.compile("\\s*(\\d{4})\\s*(?:-\\s*(\\d{4})\\s*)?");

    @Option(names = "--lens", paramLabel = "L", description = "Build the data from the case base, through this lens.")
    String lens;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Date of the assessment (default: today); not with --years.")
    LocalDate at;

    @Option(names = "--years", paramLabel = "Y1-Y2", description = "Case-years as units (id case:year, assessed on 30 June of each year), the case as cluster.")
    String years;

    /** The command this is mixed into, for the run's clock ("today" when --at is not given). */
    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    @Mixin
    CaseBaseOptions source = new CaseBaseOptions();

    @Mixin
    io.integra.cli.MeasuredOptions measuredOptions = new io.integra.cli.MeasuredOptions();

    /** Warnings about units left out or about the design, for the command to print. */
    final List<String> warnings = new ArrayList<>();

    /** Criteria of the lens: the default conditions in case-base mode. */
    final List<String> criteria = new ArrayList<>();

    /** The lens's outcome definitions (id to formula variables and text), for the circularity check. */
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    /** Per unit of the data last returned: its cluster (the case) and its year (null without --years). */
    List<String> clusters = List.of();
    List<String> unitYears = List.of();

    boolean panel() {
        return years != null;
    }

    /**
     * Keeps the units known on every required column (conditions and outcome); the others are dropped with
     * a message naming them and the unknown columns (grouped by case and by what is unknown).
     */
    QcaData complete(QcaData d, List<String> required) {
        for (String r : required) {
            String c = r.replaceFirst("^~", "").replaceFirst("\\[.*\\]$", "");
            if (!d.has(c)) {
                throw new CliException("unknown condition or outcome '" + c + "' for lens '" + lens + "'; expected a criterion or an outcome of the lens: "
                        + String.join(", ", d.columns()));
            }
        }
        List<Integer> keep = new ArrayList<>();
        // case -> (unknown columns -> units) so that sixty case-years unknown on the same criterion take one line
        Map<String, Map<String, List<String>>> dropped = new LinkedHashMap<>();
        Map<String, Integer> unknownCount = new LinkedHashMap<>();
        for (int i = 0; i < d.size(); i++) {
            List<String> missing = new ArrayList<>();
            for (String c : required) if (d.has(c) && Double.isNaN(d.value(c, i))) missing.add(c);
            if (missing.isEmpty()) {
                keep.add(i);
                continue;
            }
            for (String c : missing) unknownCount.merge(c, 1, Integer::sum);
            String unit = d.cases().get(i);
            String cluster = clusters.isEmpty() ? unit : clusters.get(i);
            String label = unitYears.isEmpty() || unitYears.get(i) == null ? unit : unitYears.get(i);
            dropped.computeIfAbsent(cluster, k -> new LinkedHashMap<>()).computeIfAbsent(String.join(", ", missing), k -> new ArrayList<>()).add(label);
        }
        int droppedUnits = d.size() - keep.size();
        if (droppedUnits > 0) {
            warnings.add(droppedUnits + " of " + d.size() + " " + unitWord() + " left out (unknown on a chosen condition or the outcome):");
            for (Map.Entry<String, Map<String, List<String>>> c : dropped.entrySet()) {
                for (Map.Entry<String, List<String>> e : c.getValue().entrySet()) {
                    String who = panel() ? c.getKey() + " " + yearRanges(e.getValue()) : c.getKey();
                    warnings.add("  " + who + ": unknown " + e.getKey());
                }
            }
        }
        if (keep.isEmpty()) {
            List<String> best = new ArrayList<>(criteria);
            best.sort((a, b) -> Integer.compare(known(d, a), known(d, b)) * -1);
            List<String> hint = best.stream().limit(8).map(c -> c + " (" + known(d, c) + "/" + d.size() + ")").toList();
            throw new CliException("no " + unitWord(1) + " is known on all of " + String.join(", ", required)
                    + "; choose fewer conditions with --conditions a,b,c. Criteria known for the most " + unitWord() + ": " + String.join(", ", hint));
        }
        int[] rows = keep.stream().mapToInt(Integer::intValue).toArray();
        List<String> cl = new ArrayList<>(), yr = new ArrayList<>();
        for (int r : rows) {
            if (!clusters.isEmpty()) cl.add(clusters.get(r));
            if (!unitYears.isEmpty()) yr.add(unitYears.get(r));
        }
        clusters = cl;
        unitYears = yr;
        return d.rows(rows);
    }

    private String unitWord() {
        return panel() ? "case-years" : "cases";
    }

    private String unitWord(int one) {
        return panel() ? "case-year" : "case";
    }

    private static int known(QcaData d, String column) {
        int n = 0;
        for (int i = 0; i < d.size(); i++) if (!Double.isNaN(d.value(column, i))) n++;
        return n;
    }

    /** Years as compact ranges: 2005-2008, 2011. */
    static String yearRanges(List<String> ys) {
        List<Integer> v = ys.stream().map(Integer::parseInt).sorted().toList();
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < v.size()) {
            int j = i;
            while (j + 1 < v.size() && v.get(j + 1) == v.get(j) + 1) j++;
            out.add(i == j ? String.valueOf(v.get(i)) : v.get(i) + "-" + v.get(j));
            i = j + 1;
        }
        return String.join(", ", out);
    }

    /**
     * Warns when the outcome is defined (by its lens formula) through some of the chosen conditions: the
     * solution would then restate the definition instead of explaining the outcome.
     */
    void circularity(String outcomeName, List<String> conditions) {
        Outcome o = outcomes.get(outcomeName);
        if (o == null) return;
        Set<String> overlap = new LinkedHashSet<>(o.formula().variables());
        overlap.retainAll(conditions);
        if (!overlap.isEmpty()) {
            warnings.add("circular design: the outcome '" + outcomeName + "' is defined by the lens formula " + o.formula().text()
                    + ", which uses the condition(s) " + String.join(", ", overlap) + "; a solution over them restates the definition");
        }
    }

    QcaData load(String outcomeName) {
        CaseBase base = source.load();
        Lens l = base.codebook().lens(lens).orElseThrow(() -> new CliException(
                "unknown lens '" + lens + "'; known lenses: " + String.join(", ", base.codebook().lensIds())));
        if (years != null && at != null) throw new CliException("contradictory options: --at and --years (case-years are assessed on 30 June of each year)");
        List<LocalDate> dates = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        if (years != null) {
            Matcher mt = YEARS.matcher(years);
            if (!mt.matches()) throw new CliException("--years: \"" + years + "\" is not a year or a range Y1-Y2 (e.g. 2005-2016)");
            int y1 = Integer.parseInt(mt.group(1)), y2 = mt.group(2) == null ? y1 : Integer.parseInt(mt.group(2));
            if (y2 < y1) throw new CliException("--years: the range " + years + " ends before it starts");
            for (int y = y1; y <= y2; y++) {
                ys.add(y);
                dates.add(TimelineBuilder.sampleDate(y));
            }
        } else {
            dates.add(at == null ? io.integra.cli.IntegraCommand.today(mixee) : at);
            ys.add(null);
        }
        // the same Assessor as assess: coded memberships, and measured ones where a criterion is uncoded (docs/measured.md)
        Assessor assessor = measuredOptions.assessor(base, source.cases, null);
        List<String> cols = new ArrayList<>();
        criteria.clear();
        outcomes.clear();
        for (Criterion c : l.criteria()) {
            cols.add(c.id());
            criteria.add(c.id());
        }
        for (Outcome o : l.outcomes()) {
            cols.add(o.id());
            outcomes.put(o.id(), o);
        }
        List<String> units = new ArrayList<>(), cl = new ArrayList<>(), yr = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) values.add(new ArrayList<>());
        List<String> before = new ArrayList<>();
        for (IntegrationCase ic : base.cases()) {
            List<String> notYet = new ArrayList<>();
            for (int k = 0; k < dates.size(); k++) {
                if (years != null && ic.foundedOn() != null && dates.get(k).isBefore(ic.foundedOn())) {
                    // not a unit at all: the organisation did not exist in that year
                    notYet.add(String.valueOf(ys.get(k)));
                    continue;
                }
                Assessment a = assessor.assess(ic, l.id(), dates.get(k), null);
                List<Double> row = new ArrayList<>();
                for (CriterionResult cr : a.criteria()) row.add(value(cr.membership()));
                for (OutcomeResult or : a.outcomes()) row.add(value(or.membership()));
                units.add(ys.get(k) == null ? ic.id() : ic.id() + ":" + ys.get(k));
                cl.add(ic.id());
                yr.add(ys.get(k) == null ? null : String.valueOf(ys.get(k)));
                for (int i = 0; i < cols.size(); i++) values.get(i).add(row.get(i));
            }
            if (!notYet.isEmpty()) before.add(ic.id() + " " + yearRanges(notYet) + " (founded " + ic.foundedOn() + ")");
        }
        if (!before.isEmpty()) warnings.add("case-years before the case was founded are not units: " + String.join("; ", before));
        if (units.isEmpty()) throw new CliException("the case base has no case to analyse");
        clusters = cl;
        unitYears = years == null ? List.of() : yr;
        List<double[]> arr = new ArrayList<>();
        for (List<Double> v : values) arr.add(v.stream().mapToDouble(Double::doubleValue).toArray());
        return new QcaData(units, cols, arr);
    }

    /** A known membership as its value, an interval (unknown) as NaN. */
    private static double value(Membership m) {
        return m.isKnown() ? m.low() : Double.NaN;
    }
}

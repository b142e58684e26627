package io.integra.cli.qca;

import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.Dates;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a QCA data set from the case base: one row per case, one column per criterion of the lens (the
 * criterion score of the coding that covers the date) and one per outcome of the lens (its formula evaluated
 * on those scores). A case without a coding at the date, with an uncoded criterion or whose chosen outcome
 * is not determined is left out for a condition set that needs what is missing, with a warning on stderr naming it.
 */
public class CaseBaseData {
    @Option(names = "--lens", paramLabel = "L", description = "Build the data from the case base, through this lens.")
    String lens;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Date of the codings (default: today).")
    LocalDate at;

    @Mixin
    CaseBaseOptions source = new CaseBaseOptions();

    @Mixin
    io.integra.cli.MeasuredOptions measuredOptions = new io.integra.cli.MeasuredOptions();

    /** Warnings about cases left out, for the command to print. */
    final List<String> warnings = new ArrayList<>();

    /** Criteria of the lens: the default conditions in case-base mode. */
    final List<String> criteria = new ArrayList<>();

    /**
     * Keeps the cases coded on every required column (conditions and outcome); the others are dropped with a
     * warning naming the uncoded columns.
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
        for (int i = 0; i < d.size(); i++) {
            List<String> missing = new ArrayList<>();
            for (String c : required) if (d.has(c) && Double.isNaN(d.value(c, i))) missing.add(c);
            if (missing.isEmpty()) keep.add(i);
            else warnings.add("case " + d.cases().get(i) + " left out: not coded (or outcome undetermined) at the date for " + String.join(", ", missing));
        }
        if (keep.isEmpty()) throw new CliException("no case is coded on all of " + String.join(", ", required) + " at the date");
        return d.rows(keep.stream().mapToInt(Integer::intValue).toArray());
    }

    QcaData load(String outcomeName) {
        CaseBase base = source.load();
        Lens l = base.codebook().lens(lens).orElseThrow(() -> new CliException(
                "unknown lens '" + lens + "'; known lenses: " + String.join(", ", base.codebook().lensIds())));
        LocalDate date = at == null ? LocalDate.now() : at;
        List<String> cols = new ArrayList<>();
        for (Criterion c : l.criteria()) cols.add(c.id());
        criteria.clear();
        criteria.addAll(cols);
        for (Outcome o : l.outcomes()) cols.add(o.id());
        List<String> cases = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) values.add(new ArrayList<>());
        // the same Assessor as assess: coded memberships, and measured ones where a criterion is uncoded (docs/measured.md)
        io.integra.core.assess.Assessor assessor = measuredOptions.assessor(base, source.cases, null);
        for (IntegrationCase ic : base.cases()) {
            io.integra.core.assess.Assessment a = assessor.assess(ic, l.id(), date, null);
            if (a.criteria().stream().noneMatch(io.integra.core.assess.CriterionResult::known)) {
                warnings.add("case " + ic.id() + " left out: no " + l.id() + " coding covers " + date
                        + (measuredOptions.noMeasured ? "" : " and no membership is measured for " + date.getYear()));
                continue;
            }
            List<Double> row = new ArrayList<>();
            // unknown: NaN in the data (dropped per condition set)
            for (io.integra.core.assess.CriterionResult cr : a.criteria()) row.add(cr.known() ? cr.membership().low() : Double.NaN);
            for (io.integra.core.assess.OutcomeResult o : a.outcomes()) row.add(o.membership().isKnown() ? o.membership().low() : Double.NaN);
            cases.add(ic.id());
            for (int i = 0; i < cols.size(); i++) values.get(i).add(row.get(i));
        }
        if (cases.isEmpty()) throw new CliException("no case has a complete " + l.id() + " coding at " + date);
        List<double[]> arr = new ArrayList<>();
        for (List<Double> v : values) arr.add(v.stream().mapToDouble(Double::doubleValue).toArray());
        return new QcaData(cases, cols, arr);
    }
}

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
 * is not determined is left out, with a warning on stderr naming it.
 */
public class CaseBaseData {
    @Option(names = "--lens", paramLabel = "L", description = "Build the data from the case base, through this lens.")
    String lens;

    @Option(names = "--at", paramLabel = "YYYY-MM-DD", converter = Dates.class, description = "Date of the codings (default: today).")
    LocalDate at;

    @Mixin
    CaseBaseOptions source = new CaseBaseOptions();

    /** Warnings about cases left out, for the command to print. */
    final List<String> warnings = new ArrayList<>();

    QcaData load(String outcomeName) {
        CaseBase base = source.load();
        Lens l = base.codebook().lens(lens).orElseThrow(() -> new CliException(
                "unknown lens '" + lens + "'; known lenses: " + String.join(", ", base.codebook().lensIds())));
        LocalDate date = at == null ? LocalDate.now() : at;
        List<String> cols = new ArrayList<>();
        for (Criterion c : l.criteria()) cols.add(c.id());
        for (Outcome o : l.outcomes()) cols.add(o.id());
        List<String> cases = new ArrayList<>();
        List<List<Double>> values = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) values.add(new ArrayList<>());
        for (IntegrationCase ic : base.cases()) {
            Optional<Coding> coding = ic.codingAt(l.id(), date, null);
            if (coding.isEmpty()) {
                warnings.add("case " + ic.id() + " left out: no " + l.id() + " coding covers " + date);
                continue;
            }
            Map<String, Membership> scores = new LinkedHashMap<>();
            String missing = null;
            for (Criterion c : l.criteria()) {
                Optional<CriterionCoding> cc = coding.get().criterion(c.id());
                if (cc.isEmpty()) {
                    missing = c.id();
                    break;
                }
                scores.put(c.id(), Membership.of(cc.get().score()));
            }
            if (missing != null) {
                warnings.add("case " + ic.id() + " left out: criterion " + missing + " is not coded at " + date);
                continue;
            }
            List<Double> row = new ArrayList<>();
            for (Criterion c : l.criteria()) row.add(scores.get(c.id()).low());
            boolean undetermined = false;
            for (Outcome o : l.outcomes()) {
                Membership m = o.formula().evaluate(scores);
                if (!m.isKnown()) {
                    if (o.id().equals(outcomeName)) undetermined = true;
                    row.add(m.low());
                } else {
                    row.add(m.low());
                }
            }
            if (undetermined) {
                warnings.add("case " + ic.id() + " left out: outcome " + outcomeName + " is not determined by its codings");
                continue;
            }
            cases.add(ic.id());
            for (int i = 0; i < cols.size(); i++) values.get(i).add(row.get(i));
        }
        if (cases.isEmpty()) throw new CliException("no case has a complete " + l.id() + " coding at " + date);
        List<double[]> arr = new ArrayList<>();
        for (List<Double> v : values) arr.add(v.stream().mapToDouble(Double::doubleValue).toArray());
        return new QcaData(cases, cols, arr);
    }
}

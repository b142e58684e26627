package io.integra.cli.robust;

import io.integra.cli.CliException;
import io.integra.cli.DateOption;
import io.integra.cli.IntegraCommand;
import io.integra.cli.Json;
import io.integra.casebase.json.FlipsView;
import io.integra.casebase.json.RobustnessComparisonView;
import io.integra.casebase.json.RobustnessTimelineView;
import io.integra.casebase.json.RobustnessView;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.Separation;
import io.integra.core.robust.VerdictDistribution;
import io.integra.core.robust.VerdictRobustness;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code integra robustness ...}: how firm verdicts are, and what would change them (docs/robustness.md). */
@Command(name = "robustness", mixinStandardHelpOptions = true,
    description = "How firm a verdict is: its distribution over the admissible codings (scale steps, coders, band), "
        + "the criteria that move it most, and what would flip it.",
    subcommands = {HelpCommand.class, RobustnessCommand.Assess.class, RobustnessCommand.Compare.class,
        RobustnessCommand.TimelineCmd.class, io.integra.cli.qca.QcaRobustnessCommand.class})
public final class RobustnessCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

  @Command(name = "assess", mixinStandardHelpOptions = true,
      description = "A case through a lens at a date: verdict shares over the joint perturbations, the tornado, and the "
          + "smallest sets of criterion changes that would flip the verdict, with their evidence.")
  static final class Assess extends RobustnessSubcommand {
    @Parameters(paramLabel = "CASE", description = "Case id (see 'integra cases').") String id;
    @Mixin DateOption at;

    @Override public void run() {
      load();
      IntegrationCase c = find(id);
      RobustnessSpec rs = robustnessSpec();
      PerturbationSpace space = space(c, at.orToday(), rs);
      VerdictDistribution d = VerdictRobustness.of(space, rs);
      FlipSearch.Result flips = FlipSearch.of(space, rs);
      PrintWriter out = out();
      if (format.json()) {
        out.println(Json.write(RobustnessView.WithFlips.of(d, space, flips)));
      } else {
        RobustnessText.distribution(out, d);
        RobustnessText.tornado(out, d.influences(), 12);
        RobustnessText.flips(out, flips);
      }
      out.flush();
    }
  }

  @Command(name = "compare", mixinStandardHelpOptions = true,
      description = "Several cases through a lens at a date: each one's verdict shares, and what separates each case "
          + "from the next (the smallest sets of criteria on which taking the other's values gives its verdict).")
  static final class Compare extends RobustnessSubcommand {
    @Parameters(paramLabel = "CASE", arity = "2..*", description = "Case ids (see 'integra cases').") List<String> ids;
    @Mixin DateOption at;

    @Override public void run() {
      load();
      if (new LinkedHashSet<>(ids).size() != ids.size()) throw new CliException("a case is named twice: " + String.join(" ", ids));
      RobustnessSpec rs = robustnessSpec();
      List<PerturbationSpace> spaces = new ArrayList<>();
      for (String id : ids) {
        spaces.add(space(find(id), at.orToday(), rs));
      }
      List<VerdictDistribution> ds = spaces.stream().map(s -> VerdictRobustness.of(s, rs)).toList();
      List<Separation> seps = new ArrayList<>();
      for (int i = 0; i + 1 < spaces.size(); i++) {
        seps.add(Separation.of(spaces.get(i), spaces.get(i + 1), rs));
        seps.add(Separation.of(spaces.get(i + 1), spaces.get(i), rs));
      }
      PrintWriter out = out();
      if (format.json()) {
        out.println(Json.write(new RobustnessComparisonView(lensOptions.lens, at.orToday().toString(),
            ds.stream().map(d -> RobustnessView.of(d, null)).toList(), seps.stream().map(FlipsView.SeparationView::of).toList())));
      } else {
        for (VerdictDistribution d : ds) {
          RobustnessText.distribution(out, d);
          RobustnessText.tornado(out, d.influences(), 5);
          out.println();
        }
        for (Separation s : seps) RobustnessText.separation(out, s);
      }
      out.flush();
    }
  }

  @Command(name = "timeline", mixinStandardHelpOptions = true,
      description = "A case through a lens year by year (30 June): the verdict and the share of admissible codings that give it.")
  static final class TimelineCmd extends RobustnessSubcommand {
    @Parameters(paramLabel = "CASE", description = "Case id (see 'integra cases').") String id;
    @Option(names = "--from", paramLabel = "YEAR", description = "First year (default: the founding year).") Integer from;
    @Option(names = "--to", paramLabel = "YEAR", description = "Last year (default: this year).") Integer to;

    @Override public void run() {
      load();
      IntegrationCase c = find(id);
      RobustnessSpec rs = robustnessSpec();
      LocalDate today = IntegraCommand.today(spec);
      int first = from != null ? from : c.foundedOn() != null ? c.foundedOn().getYear() : today.getYear() - 10;
      int last = to != null ? to : today.getYear();
      if (last < first) throw new CliException("--to " + last + " is before --from " + first);
      if (last - first > 300) throw new CliException("at most 300 years at a time; got " + first + " to " + last);
      List<VerdictDistribution> ds = new ArrayList<>();
      for (int y = first; y <= last; y++) {
        LocalDate d = LocalDate.of(y, 6, 30);
        if (d.isAfter(today)) break;
        ds.add(VerdictRobustness.of(space(c, d, rs), rs));
      }
      PrintWriter out = out();
      if (format.json()) {
        out.println(Json.write(new RobustnessTimelineView(c.id(), lensOptions.lens, ds.stream().map(d -> RobustnessView.of(d, null)).toList())));
      } else {
        out.println(c.id() + " through " + lensOptions.lens + ", 30 June of each year");
        out.printf("  %-10s %-14s %8s %8s  %s%n", "date", "verdict", "share", "settled", "first source of doubt");
        for (VerdictDistribution d : ds) {
          String top = d.influences().isEmpty() || d.influences().get(0).changed() == 0 ? "-" : d.influences().get(0).id();
          out.printf("  %-10s %-14s %8s %8s  %s%n", d.at(), io.integra.cli.Text.cut(d.label(), 14), RobustnessText.pct(d.share()),
              RobustnessText.pct(d.settledShare()), io.integra.cli.Text.cut(top, 30));
        }
      }
      out.flush();
    }
  }
}

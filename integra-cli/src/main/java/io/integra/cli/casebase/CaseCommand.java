package io.integra.cli.casebase;

import io.integra.casebase.json.CaseAtView;
import io.integra.cli.CaseBaseOptions;
import io.integra.cli.DateOption;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "case", mixinStandardHelpOptions = true,
    description = "Show one case at a date: members, institutions, milestones reached, policies in force.")
public final class CaseCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;

  @Parameters(paramLabel = "ID", description = "Case id (see 'integra cases').")
  String id;

  @Mixin DateOption at;

  @Mixin FormatOption format;

  @Override public void run() {
    IntegrationCase c = CaseBaseOptions.find(source.load(), id);
    LocalDate date = at.orToday();
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      out.println(Json.write(CaseAtView.of(c, date)));
      return;
    }
    Text.wrap(c.name() + (c.shortName() == null ? "" : " (" + c.shortName() + ")"), "", Text.WIDTH).forEach(out::println);
    if (c.founding() != null) {
      Text.wrap("Founded by " + c.founding().name() + ", signed " + c.founding().signed()
          + (c.founding().place() == null ? "" : " in " + c.founding().place()), "", Text.WIDTH).forEach(out::println);
    }
    out.println();
    out.println("At " + date + ": " + c.membersAt(date).size() + " members");
    Text.wrap(String.join(" ", c.membersAt(date)), "  ", Text.WIDTH).forEach(out::println);
    if (!c.suspendedAt(date).isEmpty()) out.println("  suspended: " + String.join(" ", c.suspendedAt(date)));
    out.println();
    out.println("Membership spells");
    for (Member m : c.members()) {
      String spells = m.spells().stream().map(CaseCommand::spell).collect(Collectors.joining(", "));
      Text.wrap(m.iso3() + (m.name() == null ? "" : " " + m.name()) + ": " + spells, "  ", Text.WIDTH).forEach(out::println);
    }
    out.println();
    out.println("Institutions at " + date);
    if (c.institutions().stream().noneMatch(i -> i.existsAt(date))) out.println("  none");
    c.institutions().stream().filter(i -> i.existsAt(date)).forEach(i ->
        Text.wrap(i.name() + " — " + io.integra.core.vocabulary.Term.idOf(i.nature()) + (i.kind() == null ? "" : ", " + i.kind()), "  ", Text.WIDTH).forEach(out::println));
    out.println();
    out.println("Milestones reached by " + date);
    if (c.milestones().stream().noneMatch(m -> m.reachedBy(date))) out.println("  none");
    c.milestones().stream().filter(m -> m.reachedBy(date)).forEach(m ->
        Text.wrap(m.date() + "  " + m.name() + (m.stage() == null ? "" : " [" + m.stage() + "]"), "  ", Text.WIDTH).forEach(out::println));
    if (c.policies().stream().anyMatch(p -> p.inForceAt(date))) {
      out.println();
      out.println("Common policies in force");
      c.policies().stream().filter(p -> p.inForceAt(date)).forEach(p -> Text.wrap(p.since() + "  " + p.name(), "  ", Text.WIDTH).forEach(out::println));
    }
    out.flush();
  }

  private static String spell(Spell s) {
    return s.from() + "–" + (s.to() == null ? "" : s.to()) + (s.status() == io.integra.core.cases.SpellStatus.MEMBER ? "" : " (" + s.status().id() + ")");
  }
}

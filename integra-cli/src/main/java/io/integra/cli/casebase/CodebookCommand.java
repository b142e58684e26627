package io.integra.cli.casebase;

import io.integra.casebase.json.CodebookView;
import io.integra.casebase.json.LensDetailView;
import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.cli.FormatOption;
import io.integra.cli.Json;
import io.integra.cli.Text;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.ObjectiveLink;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Role;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "codebook", mixinStandardHelpOptions = true,
    description = "Show the codebook: lenses, criteria with roles and sources, outcome formulas, Buen Vivir objectives and links.")
public final class CodebookCommand implements Runnable {
  @Spec CommandSpec spec;
  @Mixin CaseBaseOptions source;

  @Option(names = "--lens", paramLabel = "ID", description = "Show one lens only.")
  String lens;

  @Mixin FormatOption format;

  @Override public void run() {
    Codebook cb = source.load().codebook();
    PrintWriter out = spec.commandLine().getOut();
    List<Lens> lenses = cb.lenses();
    if (lens != null) {
      Lens l = cb.lens(lens).orElseThrow(() -> new CliException("unknown lens '" + lens + "'; known lenses: " + String.join(", ", cb.lensIds())));
      lenses = List.of(l);
    }
    if (format.json()) {
      out.println(Json.write(lens != null ? LensDetailView.of(cb, lenses.get(0)) : CodebookView.of(cb)));
      return;
    }
    Text.wrap(cb.title() + " (codebook " + cb.id() + " " + cb.version() + ")", "", Text.WIDTH).forEach(out::println);
    for (Lens l : lenses) printLens(out, l);
    if (lens == null) {
      out.println();
      out.println("Dimensions");
      cb.dimensions().forEach(d -> {
        out.println("  " + d.id() + " — " + d.name() + " (" + d.source() + ")");
        d.stages().forEach(s -> out.println("    " + s.order() + ". " + s.id() + " — " + s.name()));
      });
    }
    out.flush();
  }

  private static void printLens(PrintWriter out, Lens l) {
    out.println();
    Text.wrap("Lens " + l.id() + ": " + l.name() + " [" + l.kind().id() + "] (" + l.source() + ")", "", Text.WIDTH).forEach(out::println);
    Text.wrap(l.description(), "  ", Text.WIDTH).forEach(out::println);
    out.println();
    // columns as wide as their longest entry; the source gets the rest of the line (issue 13: names
    // were cut short where there was room)
    // a long role list or source wraps onto continuation lines within its column
    int width = Text.width();
    int idW = Math.max(9, l.criteria().stream().mapToInt(c -> c.id().length()).max().orElse(0));
    int avail = width - 2 - idW - 2;
    int rolesNat = Math.max(5, l.criteria().stream().mapToInt(c -> roles(c).length()).max().orElse(0));
    int oneRole = l.criteria().stream().flatMap(c -> c.roles().stream()).mapToInt(r -> r.id().length()).max().orElse(5);
    int sourceNat = Math.max(6, l.criteria().stream().mapToInt(c -> c.source() == null ? 0 : c.source().length()).max().orElse(0));
    // both at their natural width if they fit; else the source keeps its width as long as the
    // roles keep room for their longest single role, and the role lists wrap
    int sourceW = rolesNat + sourceNat <= avail ? sourceNat : Math.max(16, Math.min(sourceNat, avail - oneRole));
    int rolesW = Math.max(oneRole, Math.min(rolesNat, avail - sourceW));
    String row = "  %-" + idW + "s %-" + rolesW + "s %s";
    out.println(String.format(row, "criterion", "roles", "source"));
    for (Criterion c : l.criteria()) {
      List<String> r = wrapList(roles(c), rolesW);
      List<String> s = Text.wrap(c.source(), "", sourceW);
      for (int i = 0; i < Math.max(1, Math.max(r.size(), s.size())); i++) {
        out.println(String.format(row, i == 0 ? c.id() : "", i < r.size() ? r.get(i) : "",
            i < s.size() ? Text.cut(s.get(i), sourceW) : "").stripTrailing());
      }
    }
    out.println();
    out.println("  Outcomes");
    for (Outcome o : l.outcomes()) {
      Text.wrap(o.id() + " = " + o.formula().text(), "    ", Text.WIDTH).forEach(out::println);
    }
    if (!l.objectives().isEmpty()) {
      out.println();
      out.println("  Objectives (Buen Vivir National Development Plan 2009–2013)");
      l.objectives().forEach(o -> Text.wrap(String.format("%2d. %s", o.number(), o.title()), "    ", Text.WIDTH).forEach(out::println));
      out.println();
      out.println("  Condition ↔ objective links (analysis §4.5 | discussion §5)");
      for (ObjectiveLink k : l.objectiveLinks()) {
        out.println(String.format("    %-24s %-20s | %s", k.criterion(), join(k.analysis()), join(k.discussion())));
      }
    }
    if (!l.reinterpretations().isEmpty()) {
      out.println();
      out.println("  Reinterpretations");
      l.reinterpretations().forEach(r -> Text.wrap(r.criterion() + ": " + r.definition(), "    ", Text.WIDTH).forEach(out::println));
    }
  }

  /** Splits "a,b,c" into lines of at most {@code width} characters, breaking after commas. */
  private static List<String> wrapList(String list, int width) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] items = list.split(",");
    for (int i = 0; i < items.length; i++) {
      String item = items[i] + (i < items.length - 1 ? "," : "");
      if (line.length() > 0 && line.length() + item.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(item);
    }
    if (line.length() > 0) lines.add(line.toString());
    return lines;
  }

  private static String roles(Criterion c) {
    return c.roles().stream().sorted(Comparator.comparingInt(Role::ordinal)).map(Role::id).collect(Collectors.joining(","));
  }

  private static String join(List<Integer> l) { return l.isEmpty() ? "—" : l.stream().map(String::valueOf).collect(Collectors.joining(", ")); }
}

package io.integra.casebase.robust;

import io.integra.casebase.yaml.Fields;
import io.integra.casebase.yaml.Node;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Institution;
import io.integra.core.cases.InstitutionNature;
import io.integra.core.robust.Scenario;
import io.integra.core.vocabulary.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scenario file (docs/robustness.md, "Scenarios"), checking it against the case base it
 * will be applied to: case, lens and criterion ids must exist, scores must be memberships. Every
 * problem is reported at {@code file:line:column}.
 */
public final class ScenarioReader {
  private ScenarioReader() { }

  public static Scenario read(String file, String text, CaseBase base) {
    Problems problems = new Problems();
    Fields top = Fields.document(file, text, problems, "the scenario file");
    top.allow(Set.of("scenario"));
    Fields f = Fields.of(top.node("scenario"), problems, "'scenario'");
    if (f == null) {
      if (top.node("scenario") == null) problems.add(top.location(), "missing 'scenario'", "a mapping 'scenario:' with id, title, changes");
      problems.throwIfAny();
    }
    f.allow(Set.of("id", "title", "source", "lenses", "dates", "changes"));
    String id = f.id("id", true);
    String title = f.string("title", false);
    String source = f.string("source", false);
    List<String> lenses = f.strings("lenses");
    for (int i = 0; i < lenses.size(); i++) {
      if (base.codebook().lens(lenses.get(i)).isEmpty()) {
        problems.add(f.at("lenses"), "unknown lens '" + lenses.get(i) + "'", "one of " + String.join(", ", base.codebook().lensIds()));
      }
    }
    List<LocalDate> dates = new ArrayList<>();
    for (String d : f.strings("dates")) {
      LocalDate x = Fields.parseDate(d, f.at("dates"), problems);
      if (x != null) dates.add(x);
    }
    if (dates.isEmpty() && !f.has("dates")) problems.add(f.location(), "missing 'dates' in the scenario", "one or more dates to report, YYYY-MM-DD");
    List<Scenario.Change> changes = new ArrayList<>();
    for (Node n : f.list("changes", true)) {
      Scenario.Change c = change(n, problems, base);
      if (c != null) changes.add(c);
    }
    problems.throwIfAny();
    return new Scenario(id, title, source, lenses, dates, changes);
  }

  static final Set<String> KINDS = Set.of("join", "leave", "recode", "establish");

  private static Scenario.Change change(Node n, Problems problems, CaseBase base) {
    Fields f = Fields.of(n, problems, "a change");
    if (f == null) return null;
    f.allow(Set.of("case", "join", "leave", "recode", "establish"));
    String caseId = f.id("case", true);
    if (caseId != null && base.find(caseId).isEmpty()) {
      problems.add(f.at("case"), "unknown case '" + caseId + "'", "one of " + String.join(", ", base.cases().stream().map(c -> c.id()).toList()));
      caseId = null;
    }
    List<String> kinds = KINDS.stream().filter(f::has).sorted().toList();
    if (kinds.size() != 1) {
      problems.add(f.location(), kinds.isEmpty() ? "a change says nothing to do" : "a change does several things: " + kinds,
          "exactly one of join, leave, recode, establish");
      return null;
    }
    String kind = kinds.get(0);
    Fields g = Fields.of(f.node(kind), problems, "'" + kind + "'");
    if (g == null) return null;
    switch (kind) {
      case "join" -> {
        g.allow(Set.of("iso3", "name", "on", "note"));
        String iso3 = iso3(g, problems);
        LocalDate on = g.date("on", true);
        String name = g.string("name", false), note = g.string("note", false);
        return caseId == null || iso3 == null || on == null ? null : new Scenario.Join(caseId, iso3, name, on, note);
      }
      case "leave" -> {
        g.allow(Set.of("iso3", "on", "note"));
        String iso3 = iso3(g, problems);
        LocalDate on = g.date("on", true);
        String note = g.string("note", false);
        if (caseId != null && iso3 != null && base.find(caseId).get().members().stream().noneMatch(m -> m.iso3().equals(iso3))) {
          problems.add(g.at("iso3"), iso3 + " has never been a member of " + caseId, "a member's ISO 3166-1 alpha-3 code");
          return null;
        }
        return caseId == null || iso3 == null || on == null ? null : new Scenario.Leave(caseId, iso3, on, note);
      }
      case "recode" -> {
        g.allow(Set.of("lens", "from", "scores", "note"));
        String lens = g.id("lens", true);
        LocalDate from = g.date("from", true);
        String note = g.string("note", false);
        var l = lens == null ? null : base.codebook().lens(lens).orElse(null);
        if (lens != null && l == null) {
          problems.add(g.at("lens"), "unknown lens '" + lens + "'", "one of " + String.join(", ", base.codebook().lensIds()));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        Fields s = Fields.of(g.node("scores"), problems, "'scores'");
        if (s == null && g.node("scores") == null) problems.add(g.location(), "missing 'scores' in a recode", "criterion: score pairs");
        if (s != null) {
          if (l != null) s.allow(Set.copyOf(l.criteria().stream().map(c -> c.id()).toList()));
          for (String key : criterionKeys(g.node("scores"))) {
            if (!s.has(key)) { scores.put(key, null); continue; }
            Double v = s.number(key, true);
            if (v != null && (v < 0 || v > 1)) problems.add(s.at(key), "score " + v + " is not a membership", "a number from 0 to 1, or empty for uncoded");
            else if (v != null) scores.put(key, v);
          }
        }
        return caseId == null || l == null || from == null ? null : new Scenario.Recode(caseId, lens, from, scores, note);
      }
      default -> {
        g.allow(Set.of("id", "name", "nature", "kind", "established", "common_government", "note"));
        String iid = g.id("id", true);
        String name = g.string("name", false);
        String natureText = g.string("nature", false);
        InstitutionNature nature = Term.byId(InstitutionNature.class, natureText).orElse(null);
        if (natureText != null && nature == null) {
          problems.add(g.at("nature"), "'" + natureText + "' is not a nature", "supranational or intergovernmental");
        }
        String k = g.string("kind", false);
        LocalDate established = g.date("established", true);
        boolean cg = g.bool("common_government", false);
        String note = g.string("note", false);
        return caseId == null || iid == null || established == null ? null
            : new Scenario.Establish(caseId, new Institution(iid, name == null ? iid : name, nature, k, established, cg,
                "scenario: " + (note == null ? "" : note), List.of()));
      }
    }
  }

  private static List<String> criterionKeys(Node n) {
    return n instanceof Node.MapNode m ? new ArrayList<>(m.entries().keySet()) : List.of();
  }

  private static String iso3(Fields g, Problems problems) {
    String s = g.string("iso3", true);
    if (s != null && !s.matches("[A-Z]{3}")) {
      problems.add(g.at("iso3"), "'" + s + "' is not an ISO 3166-1 alpha-3 code", "three capital letters, e.g. ABC");
      return null;
    }
    return s;
  }
}

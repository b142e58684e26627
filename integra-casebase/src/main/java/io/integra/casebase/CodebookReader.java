package io.integra.casebase;

import io.integra.casebase.yaml.Fields;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Node;
import io.integra.casebase.yaml.Problems;
import io.integra.casebase.yaml.YamlTreeReader;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Dimension;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.LensKind;
import io.integra.core.codebook.Objective;
import io.integra.core.codebook.ObjectiveLink;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Reinterpretation;
import io.integra.core.codebook.Role;
import io.integra.core.codebook.Scale;
import io.integra.core.formula.Formula;
import io.integra.core.formula.FormulaException;
import io.integra.core.formula.FormulaParser;
import io.integra.core.vocabulary.Term;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and checks a codebook file (format: docs/codebook-format.md). */
public final class CodebookReader {
  private CodebookReader() { }

  /** Returns the codebook, or null when problems were recorded. */
  public static Codebook read(String file, String text, Problems problems) {
    int before = problems.size();
    Node root = YamlTreeReader.read(file, text, problems);
    if (root == null) return null;
    Fields f = Fields.of(root, problems, "the codebook");
    if (f == null) return null;
    f.allow(Set.of("id", "version", "title", "citation", "lenses", "dimensions", "scales", "robustness")); // robustness: read by RobustnessReader (docs/robustness.md)
    String id = f.id("id", true);
    String version = f.string("version", true);
    String title = f.string("title", false);
    String citation = f.string("citation", false);

    List<Scale> scales = new ArrayList<>();
    Set<String> scaleIds = new HashSet<>();
    for (Node n : f.list("scales", true)) {
      Scale s = scale(n, problems);
      if (s != null && !scaleIds.add(s.id())) problems.add(n.location(), "duplicate scale id '" + s.id() + "'", "each scale id once");
      else if (s != null) scales.add(s);
    }

    List<Dimension> dims = new ArrayList<>();
    Set<String> dimIds = new HashSet<>();
    for (Node n : f.list("dimensions", true)) {
      Dimension d = dimension(n, problems);
      if (d != null && !dimIds.add(d.id())) problems.add(n.location(), "duplicate dimension id '" + d.id() + "'", "each dimension id once");
      else if (d != null) dims.add(d);
    }

    List<Lens> lenses = new ArrayList<>();
    Set<String> lensIds = new HashSet<>();
    for (Node n : f.list("lenses", true)) {
      Lens l = lens(n, problems, dimIds);
      if (l != null && !lensIds.add(l.id())) problems.add(n.location(), "duplicate lens id '" + l.id() + "'", "each lens id once");
      else if (l != null) lenses.add(l);
    }
    if (problems.size() > before) return null;
    return new Codebook(id, version, title, citation, lenses, dims, scales);
  }

  private static Scale scale(Node n, Problems problems) {
    Fields f = Fields.of(n, problems, "a scale");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "points"));
    String id = f.id("id", true);
    String name = f.string("name", false);
    List<Scale.Point> points = new ArrayList<>();
    for (Node p : f.list("points", false)) {
      Fields pf = Fields.of(p, problems, "a scale point");
      if (pf == null) continue;
      pf.allow(Set.of("value", "label"));
      Double v = pf.number("value", true);
      if (v != null && (v < 0 || v > 1)) problems.add(pf.at("value"), "scale point " + v + " is outside [0,1]", "a value from 0 to 1");
      else if (v != null) points.add(new Scale.Point(v, pf.string("label", false)));
    }
    return id == null ? null : new Scale(id, name, points);
  }

  private static Dimension dimension(Node n, Problems problems) {
    Fields f = Fields.of(n, problems, "a dimension");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "definition", "source", "stages"));
    String id = f.id("id", true);
    List<Dimension.Stage> stages = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int order = 0;
    for (Node s : f.list("stages", false)) {
      Fields sf = Fields.of(s, problems, "a stage");
      if (sf == null) continue;
      sf.allow(Set.of("id", "name", "definition"));
      String sid = sf.id("id", true);
      if (sid != null && !ids.add(sid)) problems.add(sf.at("id"), "duplicate stage id '" + sid + "'", "each stage once");
      order++;
      stages.add(new Dimension.Stage(sid, sf.string("name", false), order, sf.string("definition", false)));
    }
    return id == null ? null : new Dimension(id, f.string("name", false), f.string("definition", false), f.string("source", false), stages);
  }

  private static Lens lens(Node n, Problems problems, Set<String> dimIds) {
    Fields f = Fields.of(n, problems, "a lens");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "description", "source", "kind", "criteria", "outcomes", "objectives", "objective_links", "reinterpretations"));
    String id = f.id("id", true);
    String kindText = f.string("kind", true);
    LensKind kind = Term.byId(LensKind.class, kindText).orElse(null);
    if (kindText != null && kind == null) {
      problems.add(f.at("kind"), "unknown lens kind '" + kindText + "'", LensKind.expected());
    }
    List<Criterion> criteria = new ArrayList<>();
    Map<String, Location> critIds = new HashMap<>();
    for (Node c : f.list("criteria", true)) {
      Criterion crit = criterion(c, problems, dimIds);
      if (crit == null) continue;
      if (critIds.containsKey(crit.id())) problems.add(c.location(), "duplicate criterion id '" + crit.id() + "' in lens '" + id + "'", "each criterion once per lens");
      else { critIds.put(crit.id(), c.location()); criteria.add(crit); }
    }
    List<Objective> objectives = new ArrayList<>();
    Set<Integer> objNums = new HashSet<>();
    for (Node o : f.list("objectives", false)) {
      Fields of = Fields.of(o, problems, "an objective");
      if (of == null) continue;
      of.allow(Set.of("number", "title"));
      Double num = of.number("number", true);
      if (num == null) continue;
      if (num != Math.rint(num) || num < 1) { problems.add(of.at("number"), "objective number " + num + " is not a positive whole number", "1, 2, 3, ..."); continue; }
      if (!objNums.add(num.intValue())) problems.add(of.at("number"), "duplicate objective " + num.intValue(), "each objective once");
      objectives.add(new Objective(num.intValue(), of.string("title", true)));
    }
    List<ObjectiveLink> links = new ArrayList<>();
    for (Node l : f.list("objective_links", false)) {
      Fields lf = Fields.of(l, problems, "an objective link");
      if (lf == null) continue;
      lf.allow(Set.of("criterion", "analysis", "discussion", "note"));
      String crit = lf.string("criterion", true);
      if (crit != null && !critIds.containsKey(crit)) problems.add(lf.at("criterion"), "unknown criterion '" + crit + "' in lens '" + id + "'", "one of " + String.join(", ", critIds.keySet().stream().sorted().toList()));
      List<Integer> analysis = lf.ints("analysis");
      List<Integer> discussion = lf.ints("discussion");
      for (int o : concat(analysis, discussion)) {
        if (!objNums.contains(o)) problems.add(lf.location(), "unknown objective " + o + " in the link of '" + crit + "'", "an objective number the lens defines (1–" + objNums.size() + ")");
      }
      links.add(new ObjectiveLink(crit, analysis, discussion, lf.string("note", false)));
    }
    List<Reinterpretation> reinterpretations = new ArrayList<>();
    for (Node r : f.list("reinterpretations", false)) {
      Fields rf = Fields.of(r, problems, "a reinterpretation");
      if (rf == null) continue;
      rf.allow(Set.of("criterion", "definition", "source"));
      String crit = rf.string("criterion", true);
      if (crit != null && !critIds.containsKey(crit)) problems.add(rf.at("criterion"), "unknown criterion '" + crit + "' in lens '" + id + "'", "a criterion of this lens");
      reinterpretations.add(new Reinterpretation(crit, rf.string("definition", true), rf.string("source", false)));
    }
    List<Outcome> outcomes = new ArrayList<>();
    Set<String> outIds = new HashSet<>();
    for (Node o : f.list("outcomes", true)) {
      Fields of = Fields.of(o, problems, "an outcome");
      if (of == null) continue;
      of.allow(Set.of("id", "name", "role", "formula", "source"));
      String oid = of.id("id", true);
      if (oid != null && !outIds.add(oid)) problems.add(of.at("id"), "duplicate outcome id '" + oid + "'", "each outcome once per lens");
      String text = of.string("formula", true);
      Formula formula = null;
      if (text != null) {
        Location at = of.at("formula");
        try {
          formula = FormulaParser.parse(text);
          for (String v : formula.variables()) {
            if (!critIds.containsKey(v)) {
              problems.add(at, "formula of '" + oid + "' names unknown criterion '" + v + "'", "a criterion of lens '" + id + "': " + String.join(", ", critIds.keySet().stream().sorted().toList()));
            }
          }
        } catch (FormulaException e) {
          problems.add(at, "formula of '" + oid + "' does not parse at character " + e.column() + ": " + e.getMessage(), "criterion ids joined by * (AND), + (OR), ~ (NOT) and parentheses");
        }
      }
      outcomes.add(new Outcome(oid, of.string("name", false), of.string("role", false), formula, of.string("source", false)));
    }
    if (id == null) return null;
    // a missing or unknown kind is a problem already (the file fails); OTHER keeps the later checks as they were
    return new Lens(id, f.string("name", true), f.string("description", false), f.string("source", false), kind == null ? LensKind.OTHER : kind,
        criteria, outcomes, objectives, links, reinterpretations);
  }

  private static Criterion criterion(Node n, Problems problems, Set<String> dimIds) {
    Fields f = Fields.of(n, problems, "a criterion");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "definition", "roles", "dimension", "source", "indicator"));
    String id = f.id("id", true);
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String r : f.strings("roles")) {
      Role.byId(r).ifPresentOrElse(roles::add,
          () -> problems.add(f.at("roles"), "unknown role '" + r + "' of criterion '" + id + "'", "one of " + Role.ids()));
    }
    if (roles.isEmpty() && !f.has("roles")) problems.add(f.location(), "criterion '" + id + "' has no roles", "roles: [one or more of " + Role.ids() + "]");
    String dim = f.string("dimension", false);
    if (dim != null && !dimIds.contains(dim)) problems.add(f.at("dimension"), "unknown dimension '" + dim + "'", "one of " + String.join(", ", dimIds.stream().sorted().toList()));
    Criterion.Indicator ind = null;
    if (f.has("indicator")) {
      Fields i = Fields.of(f.node("indicator"), problems, "an indicator");
      if (i != null) {
        i.allow(Set.of("index", "flow", "exclusion", "crossover", "inclusion", "note", "formula", "source", "literature", "limits"));
        Double e = i.number("exclusion", true), c = i.number("crossover", true), in = i.number("inclusion", true);
        if (e != null && c != null && in != null && !((e < c && c < in) || (e > c && c > in))) {
          problems.add(i.location(), "indicator anchors are not in order (exclusion " + e + ", crossover " + c + ", inclusion " + in + ")", "the crossover strictly between the two full-membership anchors");
        }
        String index = i.string("index", true);
        String flow = i.string("flow", true);
        if (index != null && e != null && c != null && in != null && flow != null) {
          ind = new Criterion.Indicator(index, flow, e, c, in, i.string("note", false), i.string("formula", false),
              i.string("source", false), i.string("literature", false), i.string("limits", false));
        }
      }
    }
    if (id == null) return null;
    return new Criterion(id, f.string("name", true), f.string("definition", true), roles, dim, f.string("source", false), ind);
  }

  private static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}

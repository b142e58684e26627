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
import java.util.function.Function;

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

    List<Scale> scales = unique(f, "scales", "scale", n -> scale(n, problems), Scale::id, new HashSet<>());
    Set<String> dimIds = new HashSet<>();
    List<Dimension> dims = unique(f, "dimensions", "dimension", n -> dimension(n, problems), Dimension::id, dimIds);
    List<Lens> lenses = unique(f, "lenses", "lens", n -> lens(n, problems, dimIds), Lens::id, new HashSet<>());
    if (problems.size() > before) return null;
    return new Codebook(id, version, title, citation, lenses, dims, scales);
  }

  /**
   * The items of the required list {@code key}, each read by {@code read} (null: its problems are
   * recorded); an item whose id is already in {@code ids} is a problem and left out. {@code ids}
   * ends with every id read.
   */
  private static <T> List<T> unique(Fields f, String key, String what, Function<Node, T> read, Function<T, String> id,
                                    Set<String> ids) {
    List<T> out = new ArrayList<>();
    for (Node n : f.list(key, true)) {
      T item = read.apply(n);
      if (item == null) continue;
      if (!ids.add(id.apply(item))) f.problems().add(n.location(), "duplicate " + what + " id '" + id.apply(item) + "'", "each " + what + " id once");
      else out.add(item);
    }
    return out;
  }

  private static Scale scale(Node n, Problems problems) {
    Fields f = Fields.of(n, problems, "a scale");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "points"));
    String id = f.id("id", true);
    String name = f.string("name", false);
    List<Scale.Point> points = new ArrayList<>();
    for (Fields pf : f.maps("points", false, "a scale point")) {
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
    for (Fields sf : f.maps("stages", false, "a stage")) {
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
    for (Fields of : f.maps("objectives", false, "an objective")) {
      of.allow(Set.of("number", "title"));
      Double num = of.number("number", true);
      if (num == null) continue;
      if (num != Math.rint(num) || num < 1) { problems.add(of.at("number"), "objective number " + num + " is not a positive whole number", "1, 2, 3, ..."); continue; }
      if (!objNums.add(num.intValue())) problems.add(of.at("number"), "duplicate objective " + num.intValue(), "each objective once");
      objectives.add(new Objective(num.intValue(), of.string("title", true)));
    }
    List<ObjectiveLink> links = new ArrayList<>();
    for (Fields lf : f.maps("objective_links", false, "an objective link")) {
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
    for (Fields rf : f.maps("reinterpretations", false, "a reinterpretation")) {
      rf.allow(Set.of("criterion", "definition", "source"));
      String crit = rf.string("criterion", true);
      if (crit != null && !critIds.containsKey(crit)) problems.add(rf.at("criterion"), "unknown criterion '" + crit + "' in lens '" + id + "'", "a criterion of this lens");
      reinterpretations.add(new Reinterpretation(crit, rf.string("definition", true), rf.string("source", false)));
    }
    List<Outcome> outcomes = new ArrayList<>();
    Set<String> outIds = new HashSet<>();
    for (Fields of : f.maps("outcomes", true, "an outcome")) {
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

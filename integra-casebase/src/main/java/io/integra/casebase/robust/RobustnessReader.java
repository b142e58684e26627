package io.integra.casebase.robust;

import io.integra.casebase.yaml.Fields;
import io.integra.casebase.yaml.InvalidInputException;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Node;
import io.integra.casebase.yaml.Problems;
import io.integra.casebase.yaml.YamlTreeReader;
import io.integra.core.codebook.Codebook;
import io.integra.core.robust.AnchorRange;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.UncodedMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code robustness} section (docs/robustness.md) from a codebook file or a robustness
 * file of its own, checking every value and reporting problems at {@code file:line:column}.
 * Absent keys take the defaults of {@link RobustnessSpec#DEFAULT}.
 */
public final class RobustnessReader {
  static final Set<String> KEYS = Set.of("scale_steps", "continuous_step", "coders", "bands", "uncoded", "uncoded_scale",
      "anchors", "exhaustive_limit", "samples", "seed", "flips", "qca");

  private RobustnessReader() { }

  /**
   * The spec of a robustness file ({@code robustness:} at the top) or of a codebook's
   * {@code robustness} section; the defaults when the section is absent. {@code codebook}, when
   * given, is used to check criterion and scale ids. Throws {@link InvalidInputException} with
   * every problem found.
   */
  public static RobustnessSpec read(String file, String text, Codebook codebook) {
    Problems problems = new Problems();
    Fields top = Fields.document(file, text, problems, "the file");
    Node section = top.node("robustness");
    if (section == null || (section instanceof Node.Scalar s && s.isNull())) return RobustnessSpec.DEFAULT;
    RobustnessSpec spec = section(section, problems, codebook);
    problems.throwIfAny();
    return spec;
  }

  /** Whether {@code text} (a codebook) has a {@code robustness} section; malformed text has none. */
  public static boolean hasSection(String text) {
    Problems problems = new Problems();
    Node root = YamlTreeReader.read("codebook", text, problems);
    return root instanceof Node.MapNode m && m.get("robustness") != null;
  }

  static RobustnessSpec section(Node n, Problems problems, Codebook codebook) {
    RobustnessSpec d = RobustnessSpec.DEFAULT;
    Fields f = Fields.of(n, problems, "the robustness section");
    if (f == null) return d;
    f.allow(KEYS);
    int scaleSteps = integer(f, "scale_steps", d.scaleSteps(), 0, 10);
    double continuousStep = fraction(f, "continuous_step", d.continuousStep(), false);
    boolean coders = f.bool("coders", d.coders());
    List<Double> bands = numbers(f, "bands", d.bands(), 0, 0.5, true);
    UncodedMode uncoded = d.uncoded();
    String u = f.string("uncoded", false);
    if (u != null) {
      uncoded = UncodedMode.byId(u).orElse(null);
      if (uncoded == null) {
        problems.add(f.at("uncoded"), "'" + u + "' is not a way to treat uncoded criteria", "interval or scale");
        uncoded = d.uncoded();
      }
    }
    String uncodedScale = f.id("uncoded_scale", false);
    if (uncodedScale != null && codebook != null && codebook.scale(uncodedScale).isEmpty()) {
      problems.add(f.at("uncoded_scale"), "unknown scale '" + uncodedScale + "'", "one of " + String.join(", ",
          codebook.scales().stream().map(s -> s.id()).toList()));
    }
    long limit = integer(f, "exhaustive_limit", (int) Math.min(Integer.MAX_VALUE, d.exhaustiveLimit()), 1, 50_000_000);
    int samples = integer(f, "samples", d.samples(), 1, 50_000_000);
    int seed = integer(f, "seed", (int) d.seed(), Integer.MIN_VALUE, Integer.MAX_VALUE);
    int flipMaxSize = d.flipMaxSize(), flipMaxSets = d.flipMaxSets();
    if (f.has("flips")) {
      Fields fl = Fields.of(f.node("flips"), problems, "'flips'");
      if (fl != null) {
        fl.allow(Set.of("max_size", "max_sets"));
        flipMaxSize = integer(fl, "max_size", flipMaxSize, 0, 6);
        flipMaxSets = integer(fl, "max_sets", flipMaxSets, 0, 1000);
      }
    }
    List<Double> incl = d.inclCuts(), pri = d.priCuts();
    List<Integer> ncut = d.nCuts();
    if (f.has("qca")) {
      Fields q = Fields.of(f.node("qca"), problems, "'qca'");
      if (q != null) {
        q.allow(Set.of("incl_cut", "pri_cut", "n_cut"));
        incl = numbers(q, "incl_cut", incl, 0, 1, false);
        pri = numbers(q, "pri_cut", pri, 0, 1, false);
        List<Double> nc = numbers(q, "n_cut", ncut.stream().map(Integer::doubleValue).toList(), 1, 1e9, false);
        List<Integer> ints = new ArrayList<>();
        for (double x : nc) {
          if (x != Math.rint(x) || x < 1) problems.add(q.at("n_cut"), "n_cut " + x + " is not a whole number of cases >= 1", "whole numbers >= 1");
          else ints.add((int) x);
        }
        ncut = ints.isEmpty() ? ncut : ints;
      }
    }
    List<AnchorRange> anchors = new ArrayList<>();
    for (Fields af : f.maps("anchors", false, "an anchor range")) {
      af.allow(Set.of("criterion", "exclusion", "crossover", "inclusion"));
      String criterion = af.id("criterion", true);
      if (criterion != null && codebook != null && codebook.lenses().stream().noneMatch(l -> l.criterion(criterion).isPresent())) {
        problems.add(af.at("criterion"), "unknown criterion '" + criterion + "'", "a criterion id of the codebook");
      }
      List<Double> ex = numbers(af, "exclusion", null, -1e300, 1e300, false);
      List<Double> co = numbers(af, "crossover", null, -1e300, 1e300, false);
      List<Double> in = numbers(af, "inclusion", null, -1e300, 1e300, false);
      for (String k : List.of("exclusion", "crossover", "inclusion")) {
        if (!af.has(k)) problems.add(af.location(), "missing '" + k + "' in an anchor range", "a number or a list of numbers");
      }
      if (criterion != null && ex != null && co != null && in != null) {
        AnchorRange r = new AnchorRange(criterion, null, ex, co, in);
        if (r.withRaw(0).combinations() > 0 && admissible(r) == 0) {
          problems.add(af.location(), "no combination of the anchors is ordered", "exclusion < crossover < inclusion (or the reverse)");
        }
        anchors.add(r);
      }
    }
    if (problems.size() > 0) return d;
    return new RobustnessSpec(scaleSteps, continuousStep, coders, bands, uncoded, uncodedScale, anchors, limit, samples, seed,
        flipMaxSize, flipMaxSets, incl, pri, ncut);
  }

  private static int admissible(AnchorRange r) {
    int n = 0;
    for (double e : r.exclusion()) for (double c : r.crossover()) for (double i : r.inclusion()) if ((e < c && c < i) || (e > c && c > i)) n++;
    return n;
  }

  private static int integer(Fields f, String key, int dflt, long min, long max) {
    Double x = f.number(key, false);
    if (x == null) return dflt;
    if (x != Math.rint(x) || x < min || x > max) {
      f.problems().add(f.at(key), "'" + key + "' is " + x, "a whole number from " + min + " to " + max);
      return dflt;
    }
    return (int) Math.round(x);
  }

  private static double fraction(Fields f, String key, double dflt, boolean zeroOk) {
    Double x = f.number(key, false);
    if (x == null) return dflt;
    if (!(x <= 1 && (zeroOk ? x >= 0 : x > 0))) {
      f.problems().add(f.at(key), "'" + key + "' is " + x, zeroOk ? "a number from 0 to 1" : "a number above 0, at most 1");
      return dflt;
    }
    return x;
  }

  /** A number or a list of numbers within (min, max) when {@code open}, else [min, max]; the default when absent. */
  private static List<Double> numbers(Fields f, String key, List<Double> dflt, double min, double max, boolean open) {
    Node n = f.node(key);
    if (n == null || (n instanceof Node.Scalar s && s.isNull())) return dflt;
    List<Node> items = n instanceof Node.ListNode l ? l.items() : List.of(n);
    List<Double> out = new ArrayList<>();
    for (Node item : items) {
      Location at = item.location();
      if (item instanceof Node.Scalar s && (s.type().equals("int") || s.type().equals("float"))) {
        double x = Double.parseDouble(s.text());
        boolean ok = open ? x > min && x < max : x >= min && x <= max;
        if (ok) out.add(x);
        else f.problems().add(at, "'" + key + "' value " + s.text() + " is out of range",
            "a number " + (open ? "strictly between " : "from ") + fmt(min) + (open ? " and " : " to ") + fmt(max));
      } else {
        f.problems().add(at, "an item of '" + key + "' is " + item.kind(), "a number");
      }
    }
    if (out.isEmpty() && f.problems().size() == 0) f.problems().add(f.at(key), "'" + key + "' is empty", "at least one number");
    return out.isEmpty() ? dflt : out;
  }

  private static String fmt(double x) { return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x); }
}

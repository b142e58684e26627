package io.integra.casebase;

import io.integra.casebase.yaml.Fields;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Node;
import io.integra.casebase.yaml.Problems;
import io.integra.casebase.yaml.YamlTreeReader;
import io.integra.core.cases.CaseRules;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CodingRules;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.FoundingInstrument;
import io.integra.core.cases.Institution;
import io.integra.core.cases.InstitutionNature;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Milestone;
import io.integra.core.cases.Policy;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Codebook;
import io.integra.core.vocabulary.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one case file (format: docs/case-format.md) and checks it against the codebook and the
 * bibliography, recording every problem with its location. The reader checks the shape and types
 * of the values; the rules about them are the core's: {@link CaseRules} for the facts,
 * {@link CodingRules} for the codings (each problem mapped to the place of its value).
 */
public final class CaseReader {
  private final Codebook codebook;
  private final Set<String> sourceKeys;
  private final Problems problems;

  public CaseReader(Codebook codebook, Set<String> sourceKeys, Problems problems) {
    this.codebook = codebook;
    this.sourceKeys = sourceKeys;
    this.problems = problems;
  }

  /** Returns the case, or null when the file has problems. {@code idAt} receives the id's location. */
  public IntegrationCase read(String file, String text, Map<String, Location> idAt) {
    int before = problems.size();
    Node root = YamlTreeReader.read(file, text, problems);
    if (root == null) return null;
    Fields f = Fields.of(root, problems, "a case");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "short_name", "summary", "focus", "founding", "members", "institutions", "milestones", "policies", "codings"));
    String id = f.id("id", true);
    if (id != null) idAt.put(id, f.at("id"));
    FactsAt at = new FactsAt(f);
    List<String> focus = f.strings("focus");
    FoundingInstrument founding = null;
    if (f.has("founding")) {
      Fields ff = Fields.of(f.node("founding"), problems, "the founding instrument");
      if (ff != null) {
        ff.allow(Set.of("name", "signed", "place", "in_force", "sources"));
        founding = new FoundingInstrument(ff.string("name", true), ff.date("signed", true), ff.string("place", false),
            ff.date("in_force", false), ff.strings("sources"));
        at.parts.put(CaseRules.Part.FOUNDING, List.of(ff));
      }
    } else {
      problems.add(f.location(), "missing 'founding' in a case", "the founding instrument with its name and signature date");
    }
    List<Member> members = new ArrayList<>();
    for (Node n : f.list("members", true)) {
      Member m = member(n, at);
      if (m != null) members.add(m);
    }
    List<Institution> institutions = new ArrayList<>();
    for (Node n : f.list("institutions", false)) {
      Fields fi = Fields.of(n, problems, "an institution");
      if (fi != null) institutions.add(institution(fi, at));
    }
    List<Milestone> milestones = new ArrayList<>();
    for (Node n : f.list("milestones", false)) {
      Fields fm = Fields.of(n, problems, "a milestone");
      if (fm != null) milestones.add(milestone(fm, at));
    }
    List<Policy> policies = new ArrayList<>();
    for (Node n : f.list("policies", false)) {
      Fields fp = Fields.of(n, problems, "a policy");
      if (fp != null) policies.add(policy(fp, at));
    }
    List<Coding> codings = new ArrayList<>();
    List<CodingAt> codingAt = new ArrayList<>();
    for (Node n : f.list("codings", false)) {
      CodingAt c = coding(n, codings.size());
      if (c == null) continue;
      codings.add(c.coding());
      codingAt.add(c);
    }
    // the facts as read (the name is read last, below, as before the rules moved to the core)
    IntegrationCase read = new IntegrationCase(id, null, null, null, focus, founding, members, institutions, milestones, policies, codings);
    reportFacts(CaseRules.check(codebook, sourceKeys, read), read, at);
    report(CodingRules.check(codebook, sourceKeys, codings), codingAt);
    if (problems.size() > before || id == null) return null;
    return new IntegrationCase(id, f.string("name", true), f.string("short_name", false), f.string("summary", false), focus,
        founding, members, institutions, milestones, policies, codings);
  }

  /**
   * Reads one coding on its own (the shape of one entry of a case file's {@code codings} list),
   * checked exactly as inside a case file. Returns null when it has problems (recorded with
   * locations in {@code file}). Used by editors that work on one coding at a time.
   */
  public Coding readCoding(String file, String text) {
    int before = problems.size();
    Node root = YamlTreeReader.read(file, text, problems);
    if (root == null) return null;
    CodingAt c = coding(root, 0);
    if (c == null) return null;
    report(CodingRules.check(codebook, sourceKeys, List.of(c.coding())), List.of(c));
    return problems.size() > before ? null : c.coding();
  }

  /**
   * Records the problems of {@link CodingRules} at the place in the file of the value each one
   * concerns; an overlap names the other coding by its line. A rule about a value the reader has
   * already refused (missing, or of the wrong type) is not repeated.
   */
  private void report(List<CodingRules.Problem> found, List<CodingAt> at) {
    for (CodingRules.Problem p : found) {
      CodingAt c = at.get(p.where().coding());
      if (c.reported().contains(p.where())) continue;
      String message = p.other() != null ? CodingRules.overlap(c.coding(), "at line " + at.get(p.other()).node().line()) : asWritten(p, c);
      problems.add(c.location(p.where()), message, p.expected());
    }
  }

  /** A score outside [0,1] is named as typed in the file ("1.50", not "1.5"). */
  private static String asWritten(CodingRules.Problem p, CodingAt c) {
    if (p.where().field() != CodingRules.Field.SCORE) return p.message();
    CriterionAt cr = c.criteria().get(p.where().criterion());
    double score = c.coding().criterion(p.where().criterion()).map(CriterionCoding::score).orElse(Double.NaN);
    String cid = p.where().criterion();
    if (cr.fields() == null || !p.message().equals(CodingRules.outside(CodingRules.number(score), cid))) return p.message();
    return CodingRules.outside(cr.fields().string("score", false), cid);
  }

  /** A coding as read, with the places of its values in the file. */
  private record CodingAt(Coding coding, Location node, Fields fields, Map<String, CriterionAt> criteria, Set<CodingRules.Where> reported) {
    Location location(CodingRules.Where w) {
      CriterionAt cr = w.criterion() == null ? null : criteria.get(w.criterion());
      return switch (w.field()) {
        case CODING -> node;
        case LENS, CODER, FROM, TO, SCALE -> fields.at(w.field().name().toLowerCase(Locale.ROOT));
        case CRITERION -> cr.key();
        case SCORE -> cr.fields() == null ? cr.key() : cr.fields().at("score");
        case SOURCE, LOCATOR, OBJECTIVES -> cr.evidence().get(w.evidence()).at(w.field().name().toLowerCase(Locale.ROOT));
      };
    }
  }

  /** A criterion's key, its fields (null when it is not a mapping) and its evidence items' fields. */
  private record CriterionAt(Location key, Fields fields, List<Fields> evidence) { }

  /**
   * The places in the file of a case's facts, by the parts and indices of {@link CaseRules.Where}:
   * the fields of each entry (for a spell, of each member's spells), and whether a member's "has
   * no spells" is said (the reader has not already refused its list).
   */
  private static final class FactsAt {
    final Map<CaseRules.Part, List<Fields>> parts = new EnumMap<>(CaseRules.Part.class);
    final List<List<Fields>> spells = new ArrayList<>();
    /** Per member: whether "has no spells" is said (the reader did not already refuse the list). */
    final List<Boolean> saysNoSpells = new ArrayList<>();

    FactsAt(Fields root) { parts.put(CaseRules.Part.CASE, List.of(root)); }

    List<Fields> of(CaseRules.Part part) { return parts.computeIfAbsent(part, p -> new ArrayList<>()); }

    Location location(CaseRules.Where w) {
      Fields f = w.part() == CaseRules.Part.SPELL ? spells.get(w.index()).get(w.spell()) : of(w.part()).get(Math.max(0, w.index()));
      return w.field() == CaseRules.Field.ENTRY ? f.location() : f.at(w.field().name().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Records the problems of {@link CaseRules} at the place in the file of the value each one
   * concerns; a duplicate member names the first by its line. Shape problems (a missing or
   * malformed value) the reader has reported itself while reading.
   */
  private void reportFacts(List<CaseRules.Problem> found, IntegrationCase read, FactsAt at) {
    for (CaseRules.Problem p : found) {
      CaseRules.Where w = p.where();
      if (p.shape()) continue;
      if (w.part() == CaseRules.Part.MEMBER && w.field() == CaseRules.Field.SPELLS && !at.saysNoSpells.get(w.index())) continue;
      String message = p.message();
      if (w.part() == CaseRules.Part.MEMBER && w.field() == CaseRules.Field.ENTRY) {
        message = CaseRules.duplicateMember(read.members().get(w.index()).iso3(),
            "at line " + at.of(CaseRules.Part.MEMBER).get(p.other()).location().line());
      }
      problems.add(at.location(w), message, p.expected());
    }
  }

  /**
   * Reads a member's values (shape and types; the rules about them are {@link CaseRules}). An
   * ISO code that is not one is refused here (and read as null); the member's own name, note and
   * sources are then not read, nor a spell's sources when the spell was refused.
   */
  private Member member(Node n, FactsAt at) {
    Fields f = Fields.of(n, problems, "a member");
    if (f == null) return null;
    f.allow(Set.of("iso3", "name", "spells", "note", "sources"));
    String iso3 = f.string("iso3", true);
    if (iso3 != null && !CaseRules.isIso3(iso3)) {
      problems.add(f.at("iso3"), "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code", "three upper-case letters, e.g. BOL");
      iso3 = null;
    }
    List<Spell> spells = new ArrayList<>();
    List<Fields> spellsAt = new ArrayList<>();
    List<Node> spellNodes = f.list("spells", true);
    for (Node s : spellNodes) {
      Fields sf = Fields.of(s, problems, "a spell");
      if (sf == null) continue;
      sf.allow(Set.of("from", "to", "status", "note", "sources"));
      LocalDate from = sf.date("from", true);
      LocalDate to = sf.date("to", false);
      String st = sf.string("status", false);
      SpellStatus status = st == null ? SpellStatus.MEMBER : SpellStatus.byId(st).orElse(null);
      if (status == null) problems.add(sf.at("status"), "unknown spell status '" + st + "'", "member or suspended");
      boolean refused = from == null || status == null || (to != null && !to.isAfter(from));
      spells.add(new Spell(from, to, status, refused ? null : sf.string("note", false), refused ? List.of() : sf.strings("sources")));
      spellsAt.add(sf);
    }
    at.of(CaseRules.Part.MEMBER).add(f);
    at.spells.add(spellsAt);
    at.saysNoSpells.add(spellNodes.isEmpty() && f.has("spells"));
    if (iso3 == null) return new Member(null, null, spells, null, List.of());
    return new Member(iso3, f.string("name", false), spells, f.string("note", false), f.strings("sources"));
  }

  private Institution institution(Fields f, FactsAt at) {
    f.allow(Set.of("id", "name", "nature", "kind", "established", "common_government", "note", "sources"));
    String id = f.id("id", true);
    String natureText = f.string("nature", true);
    InstitutionNature nature = Term.byId(InstitutionNature.class, natureText).orElse(null);
    if (natureText != null && nature == null) {
      problems.add(f.at("nature"), "unknown nature '" + natureText + "'", "supranational or intergovernmental");
    }
    at.of(CaseRules.Part.INSTITUTION).add(f);
    return new Institution(id, f.string("name", true), nature, f.string("kind", false), f.date("established", false),
        f.bool("common_government", false), f.string("note", false), f.strings("sources"));
  }

  private Milestone milestone(Fields f, FactsAt at) {
    f.allow(Set.of("id", "name", "dimension", "stage", "date", "status", "description", "sources"));
    String id = f.id("id", true);
    String dim = f.string("dimension", false);
    String stage = f.string("stage", false);
    String status = f.string("status", false);
    LocalDate date = f.date("date", true);
    at.of(CaseRules.Part.MILESTONE).add(f);
    return new Milestone(id, f.string("name", true), dim, stage, date, status == null ? Milestone.ACHIEVED : status,
        f.string("description", false), f.strings("sources"));
  }

  private Policy policy(Fields f, FactsAt at) {
    f.allow(Set.of("id", "name", "dimension", "since", "until", "supranational", "note", "sources"));
    String id = f.id("id", true);
    String dim = f.string("dimension", false);
    LocalDate since = f.date("since", true);
    LocalDate until = f.date("until", false);
    at.of(CaseRules.Part.POLICY).add(f);
    return new Policy(id, f.string("name", true), dim, since, until, f.bool("supranational", false), f.string("note", false), f.strings("sources"));
  }

  /**
   * Reads a coding's values (their shape and types); the rules about them are {@link CodingRules}.
   * A criterion or evidence item whose value could not be read is kept with a placeholder (a NaN
   * score, a null source), its problem noted in {@code reported}, so the rules still check the rest.
   */
  private CodingAt coding(Node n, int index) {
    Fields f = Fields.of(n, problems, "a coding");
    if (f == null) return null;
    f.allow(Set.of("lens", "coder", "from", "to", "scale", "note", "criteria"));
    Set<CodingRules.Where> reported = new HashSet<>();
    String lensId = f.string("lens", true);
    String coder = f.string("coder", false);
    if (coder == null) coder = "thesis";
    LocalDate from = f.date("from", true);
    LocalDate to = f.date("to", false);
    String scaleId = f.string("scale", true);
    if (scaleId == null) reported.add(new CodingRules.Where(index, CodingRules.Field.SCALE, null, -1));
    List<CriterionCoding> criteria = new ArrayList<>();
    Map<String, CriterionAt> criteriaAt = new HashMap<>();
    Node cn = f.node("criteria");
    if (cn instanceof Node.MapNode cm) {
      for (Node.Entry e : cm.entries().values()) {
        criteria.add(criterionCoding(index, e, criteriaAt, reported));
      }
    } else if (cn != null && !(cn instanceof Node.Scalar s && s.isNull())) {
      problems.add(cn.location(), "'criteria' is " + cn.kind(), "a mapping of criterion id to {score, rationale, evidence}");
    }
    if (lensId == null || from == null) return null;
    return new CodingAt(new Coding(lensId, coder, from, to, scaleId, f.string("note", false), criteria), n.location(), f, criteriaAt, reported);
  }

  private CriterionCoding criterionCoding(int index, Node.Entry e, Map<String, CriterionAt> at, Set<CodingRules.Where> reported) {
    String cid = e.key();
    Fields f = Fields.of(e.value(), problems, "the coding of '" + cid + "'");
    List<Fields> evidenceAt = new ArrayList<>();
    at.put(cid, new CriterionAt(e.keyLocation(), f, evidenceAt));
    if (f == null) {
      reported.add(new CodingRules.Where(index, CodingRules.Field.SCORE, cid, -1));
      return new CriterionCoding(cid, Double.NaN, null, List.of());
    }
    f.allow(Set.of("score", "rationale", "evidence"));
    Double score = f.number("score", true);
    if (score == null) reported.add(new CodingRules.Where(index, CodingRules.Field.SCORE, cid, -1));
    List<Evidence> evidence = new ArrayList<>();
    for (Node en : f.list("evidence", false)) {
      Fields ef = Fields.of(en, problems, "an evidence item");
      if (ef == null) continue;
      ef.allow(Set.of("source", "locator", "quote", "objectives"));
      String src = ef.string("source", true);
      String locator = ef.string("locator", true);
      if (src == null) reported.add(new CodingRules.Where(index, CodingRules.Field.SOURCE, cid, evidence.size()));
      if (locator == null) reported.add(new CodingRules.Where(index, CodingRules.Field.LOCATOR, cid, evidence.size()));
      evidenceAt.add(ef);
      evidence.add(new Evidence(src, locator, ef.string("quote", false), ef.ints("objectives")));
    }
    return new CriterionCoding(cid, score == null ? Double.NaN : score, f.string("rationale", false), evidence);
  }
}

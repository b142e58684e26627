package io.integra.casebase;

import io.integra.casebase.yaml.Fields;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Node;
import io.integra.casebase.yaml.Problems;
import io.integra.casebase.yaml.YamlTreeReader;
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
import io.integra.core.codebook.Dimension;
import io.integra.core.vocabulary.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one case file (format: docs/case-format.md) and checks it against the codebook and the
 * bibliography, recording every problem with its location.
 */
public final class CaseReader {
  private final Codebook codebook;
  private final Set<String> sourceKeys;
  private final Problems problems;

  /** The kinds of institution of docs/case-format.md; a misspelt kind would drop out of the dimension scores silently. */
  static final List<String> INSTITUTION_KINDS =
      List.of("council", "summit", "secretariat", "parliament", "court", "bank", "civil-society", "commission", "other");

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
    List<String> focus = f.strings("focus");
    for (String d : focus) {
      if (codebook.dimension(d).isEmpty()) problems.add(f.at("focus"), "unknown dimension '" + d + "' in focus", "one of " + String.join(", ", codebook.dimensions().stream().map(Dimension::id).toList()));
    }
    FoundingInstrument founding = null;
    if (f.has("founding")) {
      Fields ff = Fields.of(f.node("founding"), problems, "the founding instrument");
      if (ff != null) {
        ff.allow(Set.of("name", "signed", "place", "in_force", "sources"));
        founding = new FoundingInstrument(ff.string("name", true), ff.date("signed", true), ff.string("place", false),
            ff.date("in_force", false), sources(ff));
      }
    } else {
      problems.add(f.location(), "missing 'founding' in a case", "the founding instrument with its name and signature date");
    }
    List<Member> members = new ArrayList<>();
    Map<String, Location> memberIds = new HashMap<>();
    for (Node n : f.list("members", true)) {
      Member m = member(n);
      if (m == null) continue;
      if (memberIds.containsKey(m.iso3())) problems.add(n.location(), "duplicate member " + m.iso3() + " (first at line " + memberIds.get(m.iso3()).line() + ")", "one entry per state, with several spells");
      else { memberIds.put(m.iso3(), n.location()); members.add(m); }
    }
    List<Institution> institutions = new ArrayList<>();
    Set<String> instIds = new HashSet<>();
    for (Node n : f.list("institutions", false)) {
      Institution i = institution(n);
      if (i == null) continue;
      if (!instIds.add(i.id())) problems.add(n.location(), "duplicate institution id '" + i.id() + "'", "each id once");
      institutions.add(i);
    }
    List<Milestone> milestones = new ArrayList<>();
    Set<String> msIds = new HashSet<>();
    for (Node n : f.list("milestones", false)) {
      Milestone m = milestone(n);
      if (m == null) continue;
      if (!msIds.add(m.id())) problems.add(n.location(), "duplicate milestone id '" + m.id() + "'", "each id once");
      milestones.add(m);
    }
    List<Policy> policies = new ArrayList<>();
    Set<String> polIds = new HashSet<>();
    for (Node n : f.list("policies", false)) {
      Policy p = policy(n);
      if (p == null) continue;
      if (!polIds.add(p.id())) problems.add(n.location(), "duplicate policy id '" + p.id() + "'", "each id once");
      policies.add(p);
    }
    List<Coding> codings = new ArrayList<>();
    List<CodingAt> codingAt = new ArrayList<>();
    for (Node n : f.list("codings", false)) {
      CodingAt c = coding(n, codings.size());
      if (c == null) continue;
      codings.add(c.coding());
      codingAt.add(c);
    }
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

  private List<String> sources(Fields f) {
    List<String> keys = f.strings("sources");
    for (String k : keys) checkSource(k, f.at("sources"));
    return keys;
  }

  private void checkSource(String key, Location at) {
    if (!sourceKeys.contains(key)) problems.add(at, "source '" + key + "' is not in the bibliography", "a key defined in bibliography.yaml");
  }

  private Member member(Node n) {
    Fields f = Fields.of(n, problems, "a member");
    if (f == null) return null;
    f.allow(Set.of("iso3", "name", "spells", "note", "sources"));
    String iso3 = f.string("iso3", true);
    if (iso3 != null && !iso3.matches("[A-Z]{3}")) {
      problems.add(f.at("iso3"), "'" + iso3 + "' is not an ISO 3166-1 alpha-3 code", "three upper-case letters, e.g. BOL");
      iso3 = null;
    }
    List<Spell> spells = new ArrayList<>();
    List<Node> spellNodes = f.list("spells", true);
    if (spellNodes.isEmpty() && f.has("spells")) problems.add(f.at("spells"), "member " + iso3 + " has no spells", "at least one spell {from, to, status}");
    for (Node s : spellNodes) {
      Fields sf = Fields.of(s, problems, "a spell");
      if (sf == null) continue;
      sf.allow(Set.of("from", "to", "status", "note", "sources"));
      LocalDate from = sf.date("from", true);
      LocalDate to = sf.date("to", false);
      String st = sf.string("status", false);
      SpellStatus status = st == null ? SpellStatus.MEMBER : SpellStatus.byId(st).orElse(null);
      if (status == null) problems.add(sf.at("status"), "unknown spell status '" + st + "'", "member or suspended");
      if (from != null && to != null && !to.isAfter(from)) {
        problems.add(sf.at("to"), "spell of " + iso3 + " ends (" + to + ") before or on the day it starts (" + from + ")", "'to' after 'from' (to is the first day no longer in the spell)");
        continue;
      }
      if (from == null || status == null) continue;
      Spell spell = new Spell(from, to, status, sf.string("note", false), sources(sf));
      for (Spell o : spells) {
        if (o.overlaps(spell)) problems.add(s.location(), "spell " + from + " – " + (to == null ? "open" : to) + " of " + iso3 + " overlaps the spell from " + o.from(), "spells that do not overlap, in date order");
      }
      spells.add(spell);
    }
    if (iso3 == null) return null;
    return new Member(iso3, f.string("name", false), spells, f.string("note", false), sources(f));
  }

  private Institution institution(Node n) {
    Fields f = Fields.of(n, problems, "an institution");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "nature", "kind", "established", "common_government", "note", "sources"));
    String id = f.id("id", true);
    String natureText = f.string("nature", true);
    InstitutionNature nature = Term.byId(InstitutionNature.class, natureText).orElse(null);
    if (natureText != null && nature == null) {
      problems.add(f.at("nature"), "unknown nature '" + natureText + "'", "supranational or intergovernmental");
    }
    String kind = f.string("kind", false);
    if (kind != null && !INSTITUTION_KINDS.contains(kind)) {
      problems.add(f.at("kind"), "unknown institution kind '" + kind + "'", "one of " + String.join(", ", INSTITUTION_KINDS));
    }
    Institution i = new Institution(id, f.string("name", true), nature, kind, f.date("established", false),
        f.bool("common_government", false), f.string("note", false), sources(f));
    return id == null ? null : i;
  }

  private Milestone milestone(Node n) {
    Fields f = Fields.of(n, problems, "a milestone");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "dimension", "stage", "date", "status", "description", "sources"));
    String id = f.id("id", true);
    String dim = f.string("dimension", false);
    if (dim != null && codebook.dimension(dim).isEmpty()) problems.add(f.at("dimension"), "unknown dimension '" + dim + "'", "a dimension of the codebook");
    String stage = f.string("stage", false);
    if (stage != null) {
      boolean known = codebook.dimensions().stream().anyMatch(d -> d.stages().stream().anyMatch(s -> s.id().equals(stage)));
      if (!known) problems.add(f.at("stage"), "unknown stage '" + stage + "'", "one of " + String.join(", ",
          codebook.dimensions().stream().flatMap(d -> d.stages().stream()).map(Dimension.Stage::id).toList()));
      // A stage belongs to one dimension's ladder (thesis §4.4.2.2): on a milestone of another
      // dimension it would silently count towards the wrong one.
      Dimension d = dim == null ? null : codebook.dimension(dim).orElse(null);
      if (known && d != null && d.stages().stream().noneMatch(s -> s.id().equals(stage))) {
        problems.add(f.at("stage"), "stage '" + stage + "' is not a stage of dimension '" + dim + "'", d.stages().isEmpty()
            ? "no stage on a " + dim + " milestone" : "one of " + String.join(", ", d.stages().stream().map(Dimension.Stage::id).toList()));
      }
    }
    String status = f.string("status", false);
    if (status == null) status = Milestone.ACHIEVED;
    if (!Set.of("achieved", "partial", "planned").contains(status)) problems.add(f.at("status"), "unknown milestone status '" + status + "'", "achieved, partial or planned");
    LocalDate date = f.date("date", true);
    Milestone m = new Milestone(id, f.string("name", true), dim, stage, date, status, f.string("description", false), sources(f));
    return id == null ? null : m;
  }

  private Policy policy(Node n) {
    Fields f = Fields.of(n, problems, "a policy");
    if (f == null) return null;
    f.allow(Set.of("id", "name", "dimension", "since", "until", "supranational", "note", "sources"));
    String id = f.id("id", true);
    String dim = f.string("dimension", false);
    if (dim != null && codebook.dimension(dim).isEmpty()) problems.add(f.at("dimension"), "unknown dimension '" + dim + "'", "a dimension of the codebook");
    LocalDate since = f.date("since", true);
    LocalDate until = f.date("until", false);
    if (since != null && until != null && !until.isAfter(since)) problems.add(f.at("until"), "policy '" + id + "' ends before it starts", "'until' after 'since'");
    Policy p = new Policy(id, f.string("name", true), dim, since, until, f.bool("supranational", false), f.string("note", false), sources(f));
    return id == null ? null : p;
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

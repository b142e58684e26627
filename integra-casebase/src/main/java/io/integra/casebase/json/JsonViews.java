package io.integra.casebase.json;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Milestone;
import io.integra.core.cases.Policy;
import io.integra.core.cases.Source;
import io.integra.core.cases.Spell;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Dimension;
import io.integra.core.codebook.Lens;
import io.integra.core.codebook.ObjectiveLink;
import io.integra.core.codebook.Outcome;
import io.integra.core.codebook.Role;
import io.integra.core.codebook.Scale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stable JSON shapes of the domain, shared by the CLI, the web API and the reports. Built as
 * ordered maps so that field names and order are part of the contract, not of the records.
 */
public final class JsonViews {
  private JsonViews() { }

  public static Map<String, Object> codebook(Codebook cb) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", cb.id());
    m.put("version", cb.version());
    m.put("title", cb.title());
    m.put("citation", cb.citation());
    m.put("lenses", cb.lenses().stream().map(JsonViews::lens).toList());
    m.put("dimensions", cb.dimensions().stream().map(JsonViews::dimension).toList());
    m.put("scales", cb.scales().stream().map(JsonViews::scale).toList());
    return m;
  }

  public static Map<String, Object> lens(Lens l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", l.id());
    m.put("name", l.name());
    m.put("kind", l.kind().id());
    m.put("source", l.source());
    m.put("description", l.description());
    m.put("criteria", l.criteria().stream().map(JsonViews::criterion).toList());
    m.put("outcomes", l.outcomes().stream().map(JsonViews::outcome).toList());
    m.put("objectives", l.objectives().stream().map(o -> ordered("number", o.number(), "title", o.title())).toList());
    m.put("links", l.objectiveLinks().stream().map(JsonViews::link).toList());
    m.put("reinterpretations", l.reinterpretations().stream().map(r -> ordered("criterion", r.criterion(), "definition", r.definition(), "source", r.source())).toList());
    return m;
  }

  public static Map<String, Object> criterion(Criterion c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("roles", c.roles().stream().sorted(Comparator.comparingInt(Role::ordinal)).map(Role::id).toList());
    m.put("dimension", c.dimension());
    m.put("source", c.source());
    m.put("definition", c.definition());
    if (c.indicator() != null) {
      Criterion.Indicator i = c.indicator();
      m.put("indicator", ordered("index", i.index(), "flow", i.flow(), "exclusion", i.exclusion(), "crossover", i.crossover(), "inclusion", i.inclusion(), "note", i.note(),
          "formula", i.formula(), "source", i.source(), "literature", i.literature(), "limits", i.limits()));
    }
    return m;
  }

  public static Map<String, Object> outcome(Outcome o) {
    return ordered("id", o.id(), "name", o.name(), "role", o.role(), "formula", o.formula().text(), "source", o.source());
  }

  public static Map<String, Object> link(ObjectiveLink l) {
    return ordered("criterion", l.criterion(), "analysis", l.analysis(), "discussion", l.discussion(), "note", l.note());
  }

  public static Map<String, Object> dimension(Dimension d) {
    return ordered("id", d.id(), "name", d.name(), "source", d.source(), "definition", d.definition(),
        "stages", d.stages().stream().map(s -> ordered("id", s.id(), "name", s.name(), "order", s.order(), "definition", s.definition())).toList());
  }

  public static Map<String, Object> scale(Scale s) {
    return ordered("id", s.id(), "name", s.name(), "points", s.points().stream().map(p -> ordered("value", p.value(), "label", p.label())).toList());
  }

  /** A case summary line for listings. */
  public static Map<String, Object> caseSummary(IntegrationCase c, LocalDate at) {
    return ordered("id", c.id(), "name", c.name(), "shortName", c.shortName(), "founded", str(c.foundedOn()),
        "focus", c.focus(), "members", c.membersAt(at).size(), "lenses", c.codings().stream().map(Coding::lens).distinct().toList());
  }

  /** A case at a date: members, suspended members, institutions in existence, milestones reached. */
  public static Map<String, Object> caseAt(IntegrationCase c, LocalDate at) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.id());
    m.put("name", c.name());
    m.put("shortName", c.shortName());
    m.put("summary", c.summary());
    m.put("focus", c.focus());
    m.put("at", at.toString());
    if (c.founding() != null) {
      m.put("founding", ordered("name", c.founding().name(), "signed", str(c.founding().signed()), "place", c.founding().place(),
          "inForce", str(c.founding().inForce()), "sources", c.founding().sources()));
    }
    m.put("founded", c.foundedOn() != null && !c.foundedOn().isAfter(at));
    m.put("members", c.membersAt(at));
    m.put("suspended", c.suspendedAt(at));
    m.put("memberships", c.members().stream().map(JsonViews::member).toList());
    m.put("institutions", c.institutions().stream().filter(i -> i.existsAt(at)).map(JsonViews::institution).toList());
    m.put("milestones", c.milestones().stream().filter(ms -> ms.reachedBy(at)).map(JsonViews::milestone).toList());
    m.put("policies", c.policies().stream().filter(p -> p.inForceAt(at)).map(JsonViews::policy).toList());
    return m;
  }

  public static Map<String, Object> member(Member mb) {
    return ordered("iso3", mb.iso3(), "name", mb.name(), "spells", mb.spells().stream().map(JsonViews::spell).toList(), "note", mb.note(), "sources", mb.sources());
  }

  public static Map<String, Object> spell(Spell s) {
    return ordered("from", str(s.from()), "to", str(s.to()), "status", s.status().id(), "note", s.note());
  }

  public static Map<String, Object> institution(Institution i) {
    return ordered("id", i.id(), "name", i.name(), "nature", io.integra.core.vocabulary.Term.idOf(i.nature()), "kind", i.kind(), "established", str(i.established()),
        "commonGovernment", i.commonGovernment(), "note", i.note(), "sources", i.sources());
  }

  public static Map<String, Object> milestone(Milestone ms) {
    return ordered("id", ms.id(), "name", ms.name(), "dimension", ms.dimension(), "stage", ms.stage(), "date", str(ms.date()),
        "status", ms.status(), "description", ms.description(), "sources", ms.sources());
  }

  public static Map<String, Object> policy(Policy p) {
    return ordered("id", p.id(), "name", p.name(), "dimension", p.dimension(), "since", str(p.since()), "until", str(p.until()),
        "supranational", p.supranational(), "note", p.note(), "sources", p.sources());
  }

  public static Map<String, Object> coding(Coding c) {
    return ordered("lens", c.lens(), "coder", c.coder(), "from", str(c.from()), "to", str(c.to()), "scale", c.scale(), "note", c.note(),
        "criteria", c.criteria().stream().map(JsonViews::criterionCoding).toList());
  }

  public static Map<String, Object> criterionCoding(CriterionCoding cc) {
    return ordered("criterion", cc.criterion(), "score", cc.score(), "rationale", cc.rationale(),
        "evidence", cc.evidence().stream().map(JsonViews::evidence).toList());
  }

  public static Map<String, Object> evidence(Evidence e) {
    return ordered("source", e.source(), "locator", e.locator(), "quote", e.quote(), "objectives", e.objectives());
  }

  public static Map<String, Object> source(Source s) {
    return ordered("key", s.key(), "type", s.type(), "author", s.author(), "title", s.title(), "year", s.year(),
        "publisher", s.publisher(), "url", s.url(), "note", s.note());
  }

  public static String str(LocalDate d) { return d == null ? null : d.toString(); }

  /** An insertion-ordered map from alternating keys and values (values may be null). */
  public static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  public static <T> List<T> list(List<T> l) { return new ArrayList<>(l); }
}

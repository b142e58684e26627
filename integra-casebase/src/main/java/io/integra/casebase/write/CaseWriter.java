package io.integra.casebase.write;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.FoundingInstrument;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Milestone;
import io.integra.core.cases.Policy;
import io.integra.core.cases.Spell;
import io.integra.core.vocabulary.Term;

/**
 * Writes a case as canonical YAML in the case-base format (docs/case-format.md) that
 * {@link io.integra.casebase.CaseReader} reads back to an equal record. Keys come in a fixed order,
 * absent optional values are left out, lists keep their order (the caller decides it: the
 * workspace returns codings sorted by lens, coder and period, criteria in the codebook's order).
 */
public final class CaseWriter {
  private CaseWriter() { }

  public static String write(IntegrationCase c) {
    YamlOut y = new YamlOut();
    y.str(0, "id", c.id()).str(0, "name", c.name()).str(0, "short_name", c.shortName()).str(0, "summary", c.summary());
    y.strs(0, "focus", c.focus());
    FoundingInstrument f = c.founding();
    if (f != null) {
      y.key(0, "founding").str(2, "name", f.name()).date(2, "signed", f.signed()).str(2, "place", f.place())
          .date(2, "in_force", f.inForce()).strs(2, "sources", f.sources());
    }
    if (c.members().isEmpty()) y.raw(0, "members: []");
    else y.key(0, "members");
    for (Member m : c.members()) {
      y.item(2, "iso3", m.iso3()).str(4, "name", m.name());
      if (m.spells().isEmpty()) y.raw(4, "spells: []");
      else y.key(4, "spells");
      for (Spell s : m.spells()) {
        y.itemDate(6, "from", s.from()).date(8, "to", s.to()).str(8, "status", s.status().id()).str(8, "note", s.note()).strs(8, "sources", s.sources());
      }
      y.str(4, "note", m.note()).strs(4, "sources", m.sources());
    }
    if (!c.institutions().isEmpty()) y.key(0, "institutions");
    for (Institution i : c.institutions()) {
      y.item(2, "id", i.id()).str(4, "name", i.name()).str(4, "nature", Term.idOf(i.nature())).str(4, "kind", i.kind())
          .date(4, "established", i.established()).bool(4, "common_government", i.commonGovernment())
          .str(4, "note", i.note()).strs(4, "sources", i.sources());
    }
    if (!c.milestones().isEmpty()) y.key(0, "milestones");
    for (Milestone m : c.milestones()) {
      y.item(2, "id", m.id()).str(4, "name", m.name()).str(4, "dimension", m.dimension()).str(4, "stage", m.stage())
          .date(4, "date", m.date()).str(4, "status", m.status()).str(4, "description", m.description()).strs(4, "sources", m.sources());
    }
    if (!c.policies().isEmpty()) y.key(0, "policies");
    for (Policy p : c.policies()) {
      y.item(2, "id", p.id()).str(4, "name", p.name()).str(4, "dimension", p.dimension()).date(4, "since", p.since())
          .date(4, "until", p.until()).bool(4, "supranational", p.supranational()).str(4, "note", p.note()).strs(4, "sources", p.sources());
    }
    if (!c.codings().isEmpty()) y.key(0, "codings");
    for (Coding k : c.codings()) coding(y, 2, k);
    return y.toString();
  }

  /** One coding as a list item at {@code indent}. */
  static void coding(YamlOut y, int indent, Coding k) {
    int in = indent + 2;
    y.item(indent, "lens", k.lens()).str(in, "coder", k.coder()).date(in, "from", k.from()).date(in, "to", k.to())
        .str(in, "scale", k.scale()).str(in, "note", k.note());
    if (k.criteria().isEmpty()) return;
    y.key(in, "criteria");
    for (CriterionCoding cc : k.criteria()) {
      y.raw(in + 2, YamlOut.quote(cc.criterion()) + ":");
      y.num(in + 4, "score", cc.score()).str(in + 4, "rationale", cc.rationale());
      if (!cc.evidence().isEmpty()) y.key(in + 4, "evidence");
      for (Evidence e : cc.evidence()) {
        y.item(in + 6, "source", e.source()).str(in + 8, "locator", e.locator()).str(in + 8, "quote", e.quote()).ints(in + 8, "objectives", e.objectives());
      }
    }
  }
}

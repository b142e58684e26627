package io.integra.casebase.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Milestone;
import io.integra.core.cases.Policy;
import io.integra.core.cases.Spell;
import java.time.LocalDate;
import java.util.List;

/**
 * A case at a date ({@code integra case --format json}, {@code /api/cases/{id}}): members, suspended
 * members, every membership with its spells, the institutions in existence, the milestones reached
 * and the policies in force. {@code founding} is absent when the case file gives none.
 */
public record CaseAtView(String id, String name, String shortName, String summary, List<String> focus, String at,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Founding founding, boolean founded, List<String> members,
                         List<String> suspended, List<MemberView> memberships, List<InstitutionView> institutions,
                         List<MilestoneView> milestones, List<PolicyView> policies) {

  public record Founding(String name, String signed, String place, String inForce, List<String> sources) { }

  public record MemberView(String iso3, String name, List<SpellView> spells, String note, List<String> sources) {
    public static MemberView of(Member mb) {
      return new MemberView(mb.iso3(), mb.name(), mb.spells().stream().map(SpellView::of).toList(), mb.note(), mb.sources());
    }
  }

  public record SpellView(String from, String to, String status, String note) {
    public static SpellView of(Spell s) { return new SpellView(Dates.str(s.from()), Dates.str(s.to()), s.status().id(), s.note()); }
  }

  public record InstitutionView(String id, String name, String nature, String kind, String established, boolean commonGovernment,
                                String note, List<String> sources) {
    public static InstitutionView of(Institution i) {
      return new InstitutionView(i.id(), i.name(), CoreLabels.nature(i), i.kind(), Dates.str(i.established()), i.commonGovernment(),
          i.note(), i.sources());
    }
  }

  public record MilestoneView(String id, String name, String dimension, String stage, String date, String status, String description,
                              List<String> sources) {
    public static MilestoneView of(Milestone ms) {
      return new MilestoneView(ms.id(), ms.name(), ms.dimension(), ms.stage(), Dates.str(ms.date()), ms.status(), ms.description(),
          ms.sources());
    }
  }

  public record PolicyView(String id, String name, String dimension, String since, String until, boolean supranational, String note,
                           List<String> sources) {
    public static PolicyView of(Policy p) {
      return new PolicyView(p.id(), p.name(), p.dimension(), Dates.str(p.since()), Dates.str(p.until()), p.supranational(), p.note(),
          p.sources());
    }
  }

  public static CaseAtView of(IntegrationCase c, LocalDate at) {
    var f = c.founding();
    return new CaseAtView(c.id(), c.name(), c.shortName(), c.summary(), c.focus(), at.toString(),
        f == null ? null : new Founding(f.name(), Dates.str(f.signed()), f.place(), Dates.str(f.inForce()), f.sources()),
        c.foundedOn() != null && !c.foundedOn().isAfter(at), c.membersAt(at), c.suspendedAt(at),
        c.members().stream().map(MemberView::of).toList(),
        c.institutions().stream().filter(i -> i.existsAt(at)).map(InstitutionView::of).toList(),
        c.milestones().stream().filter(ms -> ms.reachedBy(at)).map(MilestoneView::of).toList(),
        c.policies().stream().filter(p -> p.inForceAt(at)).map(PolicyView::of).toList());
  }
}

package io.integra.core.robust;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Institution;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A what-if: changes applied on top of a case base without touching it (issue 11, "scenarios").
 * {@link #apply(CaseBase)} returns a new case base; the given one is immutable and stays as it is.
 *
 * @param id      scenario id
 * @param title   what it imagines
 * @param source  where the thought experiment comes from (e.g. {@code thesis §5})
 * @param lenses  lenses to report (empty: every lens of the codebook)
 * @param dates   dates to report
 * @param changes the changes, applied in order
 */
public record Scenario(String id, String title, String source, List<String> lenses, List<LocalDate> dates, List<Change> changes) {
  public Scenario {
    lenses = List.copyOf(lenses);
    dates = List.copyOf(dates);
    changes = List.copyOf(changes);
  }

  /** One change to one case. */
  public sealed interface Change permits Join, Leave, Recode, Establish {
    String caseId();

    /** A short description for reports. */
    String describe();
  }

  /** A state joins (or rejoins) as a full member on {@code on}. */
  public record Join(String caseId, String iso3, String name, LocalDate on, String note) implements Change {
    public String describe() { return iso3 + " joins " + caseId + " on " + on; }
  }

  /** A state leaves on {@code on} (no longer a member that day). */
  public record Leave(String caseId, String iso3, LocalDate on, String note) implements Change {
    public String describe() { return iso3 + " leaves " + caseId + " on " + on; }
  }

  /**
   * From {@code from} on, the codings of {@code lens} give these scores (null: uncoded); other
   * criteria keep the scores of the coding in force. Every coder's coding is changed alike.
   */
  public record Recode(String caseId, String lens, LocalDate from, Map<String, Double> scores, String note) implements Change {
    public Recode { scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores)); }

    public String describe() {
      List<String> parts = new ArrayList<>();
      scores.forEach((k, v) -> parts.add(k + " = " + (v == null ? "uncoded" : v)));
      return caseId + " (" + lens + ") from " + from + ": " + String.join(", ", parts);
    }
  }

  /** An institution is created. */
  public record Establish(String caseId, Institution institution) implements Change {
    public String describe() {
      return caseId + " creates " + institution.id() + " on " + institution.established()
          + (institution.commonGovernment() ? " (a common government)" : "");
    }
  }

  /** The case base with every change applied; unknown case ids raise {@link IllegalArgumentException}. */
  public CaseBase apply(CaseBase base) {
    Map<String, IntegrationCase> cases = new LinkedHashMap<>();
    for (IntegrationCase c : base.cases()) cases.put(c.id(), c);
    for (Change ch : changes) {
      IntegrationCase c = cases.get(ch.caseId());
      if (c == null) throw new IllegalArgumentException("scenario " + id + ": unknown case '" + ch.caseId() + "'");
      cases.put(c.id(), apply(c, ch));
    }
    return new CaseBase(base.codebook(), new ArrayList<>(cases.values()), base.bibliography());
  }

  static IntegrationCase apply(IntegrationCase c, Change ch) {
    List<Member> members = new ArrayList<>(c.members());
    List<Institution> institutions = new ArrayList<>(c.institutions());
    List<Coding> codings = new ArrayList<>(c.codings());
    if (ch instanceof Join j) {
      int k = indexOf(members, j.iso3());
      Spell s = new Spell(j.on(), null, SpellStatus.MEMBER, "scenario: " + nz(j.note()), List.of());
      if (k < 0) {
        members.add(new Member(j.iso3(), j.name() == null ? j.iso3() : j.name(), List.of(s), "scenario", List.of()));
      } else {
        Member m = members.get(k);
        if (m.memberAt(j.on())) throw new IllegalArgumentException(j.iso3() + " is already a member of " + c.id() + " on " + j.on());
        List<Spell> spells = new ArrayList<>();
        for (Spell x : m.spells()) {
          // a later spell would overlap the new open one: it is cut off, the scenario decides from here on
          if (!x.from().isBefore(j.on())) continue;
          spells.add(x.to() == null || x.to().isAfter(j.on()) ? new Spell(x.from(), j.on(), x.status(), x.note(), x.sources()) : x);
        }
        spells.add(s);
        members.set(k, new Member(m.iso3(), m.name(), spells, m.note(), m.sources()));
      }
    } else if (ch instanceof Leave l) {
      int k = indexOf(members, l.iso3());
      if (k < 0 || members.get(k).spellAt(l.on()).isEmpty()) {
        throw new IllegalArgumentException(l.iso3() + " is not a member of " + c.id() + " on " + l.on());
      }
      Member m = members.get(k);
      List<Spell> spells = new ArrayList<>();
      for (Spell x : m.spells()) {
        if (!x.from().isBefore(l.on())) continue; // spells after leaving are gone in this scenario
        spells.add(x.covers(l.on()) ? new Spell(x.from(), l.on(), x.status(), x.note(), x.sources()) : x);
      }
      members.set(k, new Member(m.iso3(), m.name(), spells, m.note(), m.sources()));
    } else if (ch instanceof Recode r) {
      List<Coding> out = new ArrayList<>();
      boolean any = false;
      for (Coding k : codings) {
        if (!k.lens().equals(r.lens()) || (k.to() != null && !k.to().isAfter(r.from()))) { out.add(k); continue; }
        any = true;
        if (k.from().isBefore(r.from())) {
          out.add(new Coding(k.lens(), k.coder(), k.from(), r.from(), k.scale(), k.note(), k.criteria()));
          out.add(recode(k, r.from(), k.to(), r));
        } else {
          out.add(recode(k, k.from(), k.to(), r));
        }
      }
      if (!any) throw new IllegalArgumentException(c.id() + " has no coding of lens '" + r.lens() + "' on or after " + r.from() + " to change");
      codings = out;
    } else if (ch instanceof Establish e) {
      if (institutions.stream().anyMatch(i -> i.id().equals(e.institution().id()))) {
        throw new IllegalArgumentException(c.id() + " already has an institution '" + e.institution().id() + "'");
      }
      institutions.add(e.institution());
    }
    return new IntegrationCase(c.id(), c.name(), c.shortName(), c.summary(), c.focus(), c.founding(), members, institutions,
        c.milestones(), c.policies(), codings);
  }

  private static Coding recode(Coding k, LocalDate from, LocalDate to, Recode r) {
    Map<String, CriterionCoding> byId = new LinkedHashMap<>();
    for (CriterionCoding cc : k.criteria()) byId.put(cc.criterion(), cc);
    r.scores().forEach((id, v) -> {
      if (v == null) byId.remove(id);
      else byId.put(id, new CriterionCoding(id, v, "scenario: " + nz(r.note()), List.of()));
    });
    return new Coding(k.lens(), k.coder(), from, to, k.scale(), "scenario: " + nz(r.note()), new ArrayList<>(byId.values()));
  }

  private static int indexOf(List<Member> ms, String iso3) {
    for (int i = 0; i < ms.size(); i++) if (ms.get(i).iso3().equals(iso3)) return i;
    return -1;
  }

  private static String nz(String s) { return s == null ? "" : s; }
}

package io.integra.report.model;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derives membership events from the members' spells (docs/case-format.md: spells are half-open,
 * {@code to} is the first day after). A spell that starts where the previous one ended is a change
 * of status (suspended, reinstated), not a departure and a new accession.
 */
public final class MembershipEvents {
  public static final String JOINED = "joined";
  public static final String LEFT = "left";
  public static final String SUSPENDED = "suspended";
  public static final String REINSTATED = "reinstated";

  private MembershipEvents() { }

  /** Every event on or before {@code at}, by date then ISO3 code. */
  public static List<CaseView.Event> of(IntegrationCase c, LocalDate at) {
    List<CaseView.Event> out = new ArrayList<>();
    for (Member m : c.members()) {
      List<Spell> spells = m.spells();
      for (int i = 0; i < spells.size(); i++) {
        Spell s = spells.get(i);
        Spell prev = i == 0 ? null : spells.get(i - 1);
        boolean continues = prev != null && s.from().equals(prev.to());
        String kind;
        if (!continues) kind = s.status() == SpellStatus.MEMBER ? JOINED : SUSPENDED;
        else if (prev.status() == s.status()) kind = null; // same status, e.g. a new treaty basis: no event
        else kind = s.status() == SpellStatus.SUSPENDED ? SUSPENDED : REINSTATED;
        if (kind != null) add(out, s.from(), m, kind, s.note(), at);
        Spell next = i + 1 < spells.size() ? spells.get(i + 1) : null;
        if (s.to() != null && (next == null || !next.from().equals(s.to()))) add(out, s.to(), m, LEFT, s.note(), at);
      }
    }
    out.sort(Comparator.comparing(CaseView.Event::date).thenComparing(CaseView.Event::iso3));
    return out;
  }

  private static void add(List<CaseView.Event> out, LocalDate date, Member m, String kind, String note, LocalDate at) {
    if (date.isAfter(at)) return;
    out.add(new CaseView.Event(date.toString(), m.iso3(), m.name() == null ? m.iso3() : m.name(), kind, note));
  }
}

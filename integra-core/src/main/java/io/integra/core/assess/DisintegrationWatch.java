package io.integra.core.assess;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Disintegration watch (thesis §3.1): the coded disintegrative conditions, the outcome with role
 * {@code disintegration}, and every membership event up to the date — a state joins, leaves, is
 * suspended or reinstated — with the verdict assessed the day before the event and on its day, so
 * that the events that moved the case across the zone of transition stand out.
 *
 * <p>An event's day is the first day of the new situation (spells are half-open, see
 * docs/case-format.md). A state whose spell ends and whose next spell starts on the same day
 * changes status (suspended or reinstated) rather than leaving and joining.
 */
public final class DisintegrationWatch {
  private DisintegrationWatch() { }

  public static Disintegration of(IntegrationCase c, LocalDate at, List<CriterionResult> criteria,
                                  List<OutcomeResult> outcomes, CompiledCase compiled) {
    List<CriterionResult> conditions = criteria.stream().filter(r -> r.has(Role.DISINTEGRATIVE)).toList();
    OutcomeResult pressure = outcomes.stream().filter(o -> VerdictRule.ROLE_DISINTEGRATION.equals(o.role())).findFirst().orElse(null);
    List<Disintegration.Event> events = new ArrayList<>();
    for (Change ch : events(c)) {
      if (ch.date.isAfter(at)) continue;
      events.add(new Disintegration.Event(ch.date, ch.iso3, ch.change,
          compiled.verdictAt(ch.date.minusDays(1)), compiled.verdictAt(ch.date)));
    }
    events.sort(Comparator.comparing(Disintegration.Event::date).thenComparing(Disintegration.Event::iso3));
    return new Disintegration(conditions, pressure, events);
  }

  /** A membership change of one state. */
  record Change(LocalDate date, String iso3, MembershipChange change) { }

  /** Every membership change of the case, sorted by date then state. */
  static List<Change> events(IntegrationCase c) {
    List<Change> out = new ArrayList<>();
    for (Member m : c.members()) {
      List<Spell> spells = m.spells();
      for (int i = 0; i < spells.size(); i++) {
        Spell s = spells.get(i);
        Spell prev = i > 0 ? spells.get(i - 1) : null;
        boolean continues = prev != null && s.from().equals(prev.to());
        if (!continues) {
          out.add(new Change(s.from(), m.iso3(), s.status() == SpellStatus.MEMBER ? MembershipChange.JOINED : MembershipChange.SUSPENDED));
        } else if (prev.status() != s.status()) {
          out.add(new Change(s.from(), m.iso3(), s.status() == SpellStatus.MEMBER ? MembershipChange.REINSTATED : MembershipChange.SUSPENDED));
        }
        Spell next = i + 1 < spells.size() ? spells.get(i + 1) : null;
        if (s.to() != null && (next == null || !next.from().equals(s.to()))) {
          out.add(new Change(s.to(), m.iso3(), MembershipChange.LEFT));
        }
      }
    }
    out.sort(Comparator.comparing(Change::date).thenComparing(Change::iso3));
    return out;
  }
}

package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A stretch of time during which a state belongs to an organisation with one status.
 * {@code from} is the first day of the spell, {@code to} the first day after it (null: still open),
 * so a state that leaves on day D is no longer a member on D.
 */
public record Spell(LocalDate from, LocalDate to, SpellStatus status, String note, List<String> sources) {
  public Spell {
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && (to == null || date.isBefore(to));
  }

  public boolean overlaps(Spell o) {
    boolean thisEndsBefore = to != null && !to.isAfter(o.from);
    boolean otherEndsBefore = o.to != null && !o.to.isAfter(from);
    return !thisEndsBefore && !otherEndsBefore;
  }
}

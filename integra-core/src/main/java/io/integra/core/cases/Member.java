package io.integra.core.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A state that has ever belonged to the organisation, with its spells in date order. */
public record Member(String iso3, String name, List<Spell> spells, String note, List<String> sources) {
  public Member {
    spells = List.copyOf(spells);
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** The spell covering {@code date}, if any. */
  public Optional<Spell> spellAt(LocalDate date) { return spells.stream().filter(s -> s.covers(date)).findFirst(); }

  /** Whether the state is a full (not suspended) member at {@code date}. */
  public boolean memberAt(LocalDate date) { return spellAt(date).map(s -> s.status() == SpellStatus.MEMBER).orElse(false); }

  public boolean suspendedAt(LocalDate date) { return spellAt(date).map(s -> s.status() == SpellStatus.SUSPENDED).orElse(false); }
}

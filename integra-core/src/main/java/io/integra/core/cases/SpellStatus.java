package io.integra.core.cases;

import java.util.Arrays;
import java.util.Optional;

/** A state's standing during a membership spell. Suspended states are members in law but do not count as members at a date. */
public enum SpellStatus {
  MEMBER("member"), SUSPENDED("suspended");

  private final String id;

  SpellStatus(String id) { this.id = id; }

  public String id() { return id; }

  public static Optional<SpellStatus> byId(String id) { return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst(); }
}

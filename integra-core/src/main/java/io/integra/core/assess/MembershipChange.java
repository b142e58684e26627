package io.integra.core.assess;

import io.integra.core.vocabulary.Term;

/**
 * What happens to a state's membership on a day ({@link DisintegrationWatch}), spelled
 * {@link #id()} in JSON and text. Spells are half-open (docs/case-format.md): a spell that ends
 * where the next one starts changes status (suspended, reinstated) instead of leaving and joining.
 */
public enum MembershipChange implements Term {
  /** A spell as a member starts with no spell just before it. */
  JOINED,
  /** The last spell ends with no spell right after it. */
  LEFT,
  /** A suspended spell starts (after a member spell, or with none before it). */
  SUSPENDED,
  /** A member spell follows a suspended one on the same day. */
  REINSTATED;

  @Override public String toString() { return id(); }
}

package io.integra.core.codebook;

import io.integra.core.vocabulary.Term;

/**
 * The kind of a lens, which picks its verdict rule ({@code io.integra.core.assess.VerdictRule}).
 * The codebook format accepts exactly these three (docs/case-format.md); a user's own theory is
 * {@link #OTHER}: its outcomes are shown, not interpreted. Spelled {@link #id()}:
 * {@code security-community}, {@code intergovernmental}, {@code other}.
 */
public enum LensKind implements Term {
  /** Deutsch's security communities: none, transition, pluralistic, amalgamated (thesis §3.1). */
  SECURITY_COMMUNITY,
  /** Liberal Intergovernmentalism: explained, not explained, transition (thesis §3.3). */
  INTERGOVERNMENTAL,
  /** Any other theory: no verdict rule. */
  OTHER;

  /** The kind spelled {@code id}; an unknown spelling is an error (readers use {@link Term#byId} and report it at file:line:column). */
  public static LensKind of(String id) { return Term.of(LensKind.class, id); }

  /** The accepted spellings in words, for messages: {@code security-community, intergovernmental or other}. */
  public static String expected() { return SECURITY_COMMUNITY.id() + ", " + INTERGOVERNMENTAL.id() + " or " + OTHER.id(); }

  @Override public String toString() { return id(); }
}

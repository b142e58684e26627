package io.integra.core.codebook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of a lens, which picks its verdict rule ({@code io.integra.core.assess.VerdictRule}).
 * The codebook format accepts exactly these three (docs/case-format.md); a user's own theory is
 * {@link #OTHER}: its outcomes are shown, not interpreted.
 */
public enum LensKind {
  /** Deutsch's security communities: none, transition, pluralistic, amalgamated (thesis §3.1). */
  SECURITY_COMMUNITY("security-community"),
  /** Liberal Intergovernmentalism: explained, not explained, transition (thesis §3.3). */
  INTERGOVERNMENTAL("intergovernmental"),
  /** Any other theory: no verdict rule. */
  OTHER("other");

  private final String id;

  LensKind(String id) { this.id = id; }

  /** The spelling in codebook files and JSON. */
  public String id() { return id; }

  /** The external spelling, {@link #id()}: text that concatenates or formats it reads as in files and JSON. */
  @Override public String toString() { return id; }

  /** The kind spelled {@code id}, if any (readers report an unknown one at its file:line:column). */
  public static Optional<LensKind> byId(String id) { return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst(); }

  /** The kind spelled {@code id}; an unknown spelling is an error. */
  public static LensKind of(String id) {
    return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown lens kind '" + id + "'; expected " + expected()));
  }

  /** The accepted spellings in words, for messages: {@code security-community, intergovernmental or other}. */
  public static String expected() { return SECURITY_COMMUNITY.id + ", " + INTERGOVERNMENTAL.id + " or " + OTHER.id; }
}

package io.integra.core.codebook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The part a criterion plays in its lens (model.md §2.1–2.6, §4). A criterion may have more than
 * one role: {@code values} is essential both for amalgamation and for a pluralistic community.
 */
public enum Role {
  /** Deutsch's nine essential background conditions for an amalgamated community (thesis §4.5.1). */
  ESSENTIAL_AMALGAMATED("essential-amalgamated"),
  /** The three conditions very important for a pluralistic community (thesis §3.1). */
  ESSENTIAL_PLURALISTIC("essential-pluralistic"),
  /** Additional useful background conditions (thesis §4.5.2). */
  ADDITIONAL("additional"),
  /** Helpful but not essential: assimilation, foreign threats (thesis §3.1). */
  HELPFUL("helpful-not-essential"),
  /** Conditions that raise loads or cut capabilities (thesis §3.1). */
  DISINTEGRATIVE("disintegrative"),
  /** Capabilities: power and responsiveness (thesis §3.1). */
  CAPABILITY("capability"),
  /** A stage of Liberal Intergovernmentalism's three-stage process (thesis §3.3). */
  LI_STAGE("li-stage"),
  /** A further condition of Liberal Intergovernmentalism: externalities, mutual gains, liberalisation, harmonisation (thesis §3.3). */
  LI_CONDITION("li-condition"),
  /** Whether a pluralistic community is tightly coupled, e.g. a common foreign and security policy (thesis §4.2). */
  COUPLING("coupling");

  private final String id;

  Role(String id) { this.id = id; }

  /** The id used in codebook files and JSON. */
  public String id() { return id; }

  public static Optional<Role> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  public static String ids() {
    return String.join(", ", Arrays.stream(values()).map(Role::id).toList());
  }
}

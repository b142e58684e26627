package io.integra.core.assess;

import io.integra.core.codebook.Lens;
import io.integra.core.codebook.LensKind;
import io.integra.core.codebook.Outcome;
import io.integra.core.formula.Membership;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdict of a lens at a date, read from the outcome roles of the codebook.
 *
 * <p><b>Security-community lenses</b> (kind {@code security-community}, thesis §3.1):
 * <ol>
 *   <li>fewer than two full members: {@link VerdictLabel#NONE} (a community is a group of units);</li>
 *   <li>the outcome with role {@code pluralistic} inside the transition band, i.e. its interval
 *       meets the open band {@code (0.5 - BAND, 0.5 + BAND)} (a known value with
 *       {@code |x - 0.5| < BAND}, or an unknown interval reaching into it, such as
 *       {@code [0,1]}): {@link VerdictLabel#TRANSITION} — integration is "a zone of transition", units
 *       cross and recross it (thesis §3.1);</li>
 *   <li>pluralistic at or above {@code 0.5 + BAND}: {@link VerdictLabel#PLURALISTIC}; and
 *       {@link VerdictLabel#AMALGAMATED} when, besides, the outcome with role
 *       {@code amalgamation-readiness} holds (lower bound &gt;= 0.5) and the case's facts show a
 *       common government at the date (an institution with {@code common_government: true}
 *       established by then): amalgamation is a formal merger under a common government
 *       (thesis §3.1), and "amalgamation without integration is not a security community";</li>
 *   <li>otherwise {@link VerdictLabel#NONE}.</li>
 * </ol>
 * Coupling (thesis §4.2) is reported for pluralistic and amalgamated communities only: the
 * outcome with role {@code coupling} holds: {@code tight}; lies below 0.5: {@code loose}; unknown
 * across 0.5: null.
 *
 * <p><b>Liberal Intergovernmentalism</b> (kind {@code intergovernmental}, thesis §3.3): the
 * outcome with role {@code li-explains} in the same band: {@link VerdictLabel#TRANSITION}; at or above
 * {@code 0.5 + BAND}: {@link VerdictLabel#EXPLAINED}; else {@link VerdictLabel#NOT_EXPLAINED}.
 *
 * <p><b>Undetermined</b> ({@link VerdictLabel#UNDETERMINED}, both lens kinds): when the deciding outcome's
 * interval admits more than one of the verdicts above — it reaches into the band but does not lie
 * wholly inside it, e.g. {@code [0, 1]} when nothing is coded — the evidence cannot decide, and
 * the verdict says so instead of reporting a transition that no evidence places the case in.
 * The thesis reads a case in the "zone of transition" (§3.1) from what is known of it; a case
 * of which too little is known is not in that zone, it is unread. {@link #settled} is exactly
 * "the verdict is not undetermined".
 *
 * <p>Other lens kinds (a user's codebook) get no verdict (null): their outcomes are shown, not
 * interpreted.
 */
public final class VerdictRule {
  /** Half-width of the transition band around the 0.5 crossover. */
  public static final double BAND = 0.1;
  /** The crossover: maximum ambiguity of a fuzzy membership (Ragin 2000). */
  public static final double CROSSOVER = 0.5;

  /** Outcome roles the verdict reads (see {@link io.integra.core.codebook.Outcome#role()}). */
  public static final String ROLE_PLURALISTIC = "pluralistic";
  public static final String ROLE_READINESS = "amalgamation-readiness";
  public static final String ROLE_COUPLING = "coupling";
  public static final String ROLE_DISINTEGRATION = "disintegration";
  public static final String ROLE_LI_EXPLAINS = "li-explains";

  private VerdictRule() { }

  /**
   * Whether the verdict holds whatever values the uncoded criteria take: the deciding outcome
   * (role {@code pluralistic}, or {@code li-explains} for the intergovernmental lens) lies wholly
   * at or above {@code 0.5 + BAND}, wholly at or below {@code 0.5 - BAND}, or wholly inside the
   * band. Exactly the verdicts that are not {@link VerdictLabel#UNDETERMINED}: an interval such as
   * {@code [0, 1]} admits several verdicts, so nothing is settled. Lenses without a verdict rule,
   * and security-community cases with fewer than two members (no community whatever the codings
   * say), are settled.
   */
  public static boolean settled(Assessment a) {
    return settled(a.verdict().label());
  }

  /**
   * {@link #settled(Assessment)} for a verdict label already read (views that keep the label only):
   * every label but {@link VerdictLabel#UNDETERMINED} is settled, null (a lens without a verdict rule) included.
   */
  public static boolean settled(VerdictLabel verdictLabel) {
    return verdictLabel == null || verdictLabel.settled();
  }

  /**
   * The role of the outcome whose place against the band decides the verdict of a lens kind:
   * {@code pluralistic} for security-community lenses (thesis §3.1), {@code li-explains} for the
   * intergovernmental lens (thesis §3.3); null for other kinds, which have no verdict rule.
   */
  public static String decidingRole(LensKind lensKind) {
    if (lensKind == null) return null;
    return switch (lensKind) {
      case SECURITY_COMMUNITY -> ROLE_PLURALISTIC;
      case INTERGOVERNMENTAL -> ROLE_LI_EXPLAINS;
      case OTHER -> null;
    };
  }

  /** The lens's outcome with its kind's {@link #decidingRole}; empty for other kinds or when the lens lacks it. */
  public static Optional<Outcome> decidingOutcome(Lens lens) {
    String role = decidingRole(lens.kind());
    return role == null ? Optional.empty() : lens.outcomeWithRole(role);
  }

  /** The deciding outcome of an assessment by its lens kind ({@link #decidingRole}), evaluated; empty as above. */
  public static Optional<OutcomeResult> decidingOutcome(Assessment a) {
    String role = decidingRole(a.lensKind());
    return role == null ? Optional.empty() : a.outcomes().stream().filter(o -> role.equals(o.role())).findFirst();
  }

  /** Whether a verdict label is a decided one (not {@link VerdictLabel#UNDETERMINED}, not null). */
  public static boolean determined(VerdictLabel label) { return label != null && label.settled(); }

  /**
   * Whether an interval of the deciding outcome admits more than one verdict: it reaches into the
   * band without lying wholly inside it.
   */
  public static boolean undecided(double low, double high) {
    return inBand(low, high) && !(low > CROSSOVER - BAND && high < CROSSOVER + BAND);
  }

  /** Whether {@code [low, high]} reaches into the open transition band around 0.5. */
  public static boolean inBand(double low, double high) {
    return low < CROSSOVER + BAND && high > CROSSOVER - BAND;
  }

  /** Whether a membership interval holds for certain: its lower bound is at least 0.5. */
  public static boolean holds(double low) { return low >= CROSSOVER; }

  /** Whether a membership interval fails for certain: its upper bound is below 0.5. */
  public static boolean fails(double high) { return high < CROSSOVER; }

  /**
   * The fast-path verdict (null for a lens kind without a verdict rule). Outcome indices are -1
   * when the lens has no outcome with that role; a missing outcome is read as unknown.
   */
  static VerdictLabel verdict(LensKind kind, double[] lo, double[] hi, int pluralistic, int readiness, int liExplains,
                     int members, boolean commonGovernment) {
    if (kind == LensKind.SECURITY_COMMUNITY) {
      if (members < 2) return VerdictLabel.NONE;
      double pl = pluralistic < 0 ? 0 : lo[pluralistic], ph = pluralistic < 0 ? 1 : hi[pluralistic];
      if (undecided(pl, ph)) return VerdictLabel.UNDETERMINED;
      if (inBand(pl, ph)) return VerdictLabel.TRANSITION;
      if (pl >= CROSSOVER + BAND) {
        boolean ready = readiness >= 0 && holds(lo[readiness]);
        return commonGovernment && ready ? VerdictLabel.AMALGAMATED : VerdictLabel.PLURALISTIC;
      }
      return VerdictLabel.NONE;
    }
    if (kind == LensKind.INTERGOVERNMENTAL) {
      double el = liExplains < 0 ? 0 : lo[liExplains], eh = liExplains < 0 ? 1 : hi[liExplains];
      if (undecided(el, eh)) return VerdictLabel.UNDETERMINED;
      if (inBand(el, eh)) return VerdictLabel.TRANSITION;
      return el >= CROSSOVER + BAND ? VerdictLabel.EXPLAINED : VerdictLabel.NOT_EXPLAINED;
    }
    return null;
  }

  /** Coupling label of a community from the coupling outcome's bounds (null when undetermined). */
  static Coupling coupling(VerdictLabel verdict, int coupling, double[] lo, double[] hi) {
    if ((verdict != VerdictLabel.PLURALISTIC && verdict != VerdictLabel.AMALGAMATED) || coupling < 0) return null;
    if (holds(lo[coupling])) return Coupling.TIGHT;
    if (fails(hi[coupling])) return Coupling.LOOSE;
    return null;
  }

  /** The verdict's reasons in words, for the rich assessment. */
  static List<String> reasons(CompiledLens cl, VerdictLabel code, double[] lo, double[] hi, int members, List<String> commonGovernment) {
    List<String> r = new ArrayList<>();
    List<Outcome> os = cl.lens.outcomes();
    if (cl.kind == LensKind.SECURITY_COMMUNITY) {
      if (members < 2) {
        r.add(members + " full member" + (members == 1 ? "" : "s") + " at the date: no group, no community");
        return r;
      }
      r.add(place("pluralistic", os, cl.pluralistic, lo, hi));
      if (code == VerdictLabel.PLURALISTIC || code == VerdictLabel.AMALGAMATED) {
        if (cl.readiness >= 0) {
          r.add(describe(os.get(cl.readiness), lo[cl.readiness], hi[cl.readiness])
              + (holds(lo[cl.readiness]) ? ": all essential conditions hold" : ": not all essential conditions hold"));
        }
        r.add(commonGovernment.isEmpty() ? "no common government at the date: not amalgamated (thesis §3.1)"
            : "common government: " + String.join(", ", commonGovernment));
        if (cl.coupling >= 0) {
          Coupling c = coupling(code, cl.coupling, lo, hi);
          r.add(describe(os.get(cl.coupling), lo[cl.coupling], hi[cl.coupling])
              + (c == null ? ": coupling undetermined" : c == Coupling.TIGHT ? ": tightly coupled" : ": loosely coupled"));
        }
      }
    } else if (cl.kind == LensKind.INTERGOVERNMENTAL) {
      r.add(place("li-explains", os, cl.liExplains, lo, hi));
    } else {
      r.add("lens kind '" + cl.lens.kind().id() + "' has no verdict rule; outcomes are shown, not interpreted");
    }
    return r;
  }

  private static String place(String role, List<Outcome> os, int i, double[] lo, double[] hi) {
    if (i < 0) return "the lens has no outcome with role '" + role + "': read as unknown, the evidence cannot decide (undetermined)";
    double l = lo[i], h = hi[i];
    String band = " the transition band (" + f(CROSSOVER - BAND) + ", " + f(CROSSOVER + BAND) + ")";
    String where = undecided(l, h) ? "unknown across the edge of" + band
        + ": it may lie " + (h >= CROSSOVER + BAND ? "above, " : "") + "inside" + (l <= CROSSOVER - BAND ? " or below" : "") + " it, so the evidence cannot decide (undetermined)"
        : inBand(l, h) ? (l == h ? "inside" : "unknown, but wholly inside") + band
        : l >= CROSSOVER + BAND ? "at or above " + f(CROSSOVER + BAND) : "at or below " + f(CROSSOVER - BAND);
    return describe(os.get(i), l, h) + ": " + where;
  }

  private static String describe(Outcome o, double l, double h) {
    return o.id() + " = " + format(new Membership(l, h)) + " (" + o.formula().text() + ")";
  }

  /** A membership as text: {@code 0.67}, or {@code [0.00, 1.00]} when unknown. */
  public static String format(Membership m) {
    return m.isKnown() ? f(m.low()) : "[" + f(m.low()) + ", " + f(m.high()) + "]";
  }

  private static String f(double x) { return String.format(Locale.ROOT, "%.2f", x); }
}

package io.integra.core.assess;

import io.integra.core.cases.Institution;
import io.integra.core.cases.InstitutionNature;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Milestone;
import io.integra.core.cases.Policy;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Dimension;
import io.integra.core.codebook.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Scores the three dimensions of integration of thesis §4.4.2 from the case's dated facts. The
 * thesis defines the dimensions but gives no scale; these rules are Integra's and are kept simple
 * enough to check by hand.
 *
 * <p><b>Political</b> (§4.4.2.1: common institutions are not enough to cross from
 * intergovernmental cooperation to genuine integration; that needs common policies and a transfer
 * of sovereignty to supranational institutions) — the mean of three parts:
 * <ol>
 *   <li>the share of the institutions existing at the date that are supranational (0 when none);</li>
 *   <li>common policies in force: {@code min(1, n / 3)} — the thesis (after Moussis) speaks of
 *       common policies in the plural; three or more count in full;</li>
 *   <li>transfer of sovereignty: the share of the policies in force that a supranational body runs
 *       (0 when no policy is in force).</li>
 * </ol>
 *
 * <p><b>Economic</b> (§4.4.2.2, the neofunctionalist ladder of the codebook's economic dimension):
 * the stage is the highest rung reached by an <em>achieved</em> milestone dated on or before the
 * date ({@code none} when no rung is reached); the score is its order over the number of rungs
 * (free trade area 1/4 … economic and monetary union 4/4). A rung reached while a lower rung that
 * has milestones of its own was not yet reached (or was reached later) is flagged as out of the
 * neofunctionalist order; a lower rung with no milestone at all is implied by the higher one — the thesis notes that ALBA
 * implemented stages "in a practical order" (§6) and Deutsch that conditions may come in any
 * sequence (§3.1) — and still counts.
 *
 * <p><b>Social</b> (§4.4.2.3: civil society involved in elaborating common policies; Deutsch's
 * emphasis on it) — the mean of two parts:
 * <ol>
 *   <li>civil society in the institutions: 1 when an institution of kind {@code civil-society}
 *       exists at the date, else 0 (a fact of the case);</li>
 *   <li>the mean membership of the lens's social criteria (dimension {@code social}),
 *       disintegrative ones left out; an uncoded one is unknown, {@code [0, 1]}, so the part is
 *       an interval (the mean of the lower bounds to the mean of the upper bounds); omitted only
 *       when the lens has no social criterion at all.</li>
 * </ol>
 * Missing evidence is never rewarded: with no social criterion coded the social score is an
 * interval such as {@code [0.50, 1.00]} (unknown), not 1.00 from the civil-society part alone.
 */
public final class DimensionScoring {
  public static final String POLITICAL = "political";
  public static final String ECONOMIC = "economic";
  public static final String SOCIAL = "social";
  /** Economic stage when no rung of the ladder is reached. */
  public static final String NO_STAGE = "none";
  /** Policies in force for the full policy part of the political score. */
  public static final int FULL_POLICIES = 3;
  static final String CIVIL_SOCIETY = "civil-society";

  private DimensionScoring() { }

  public static Dimensions of(Codebook codebook, IntegrationCase c, LocalDate at, List<CriterionResult> criteria) {
    return new Dimensions(political(c, at), economic(codebook, c, at), social(c, at, criteria));
  }

  public static DimensionScore political(IntegrationCase c, LocalDate at) {
    List<String> reasons = new ArrayList<>();
    List<Institution> insts = c.institutions().stream().filter(i -> i.existsAt(at)).toList();
    long supra = insts.stream().filter(i -> i.nature() == InstitutionNature.SUPRANATIONAL).count();
    double share = insts.isEmpty() ? 0 : (double) supra / insts.size();
    reasons.add(insts.isEmpty() ? "no institution exists at " + at
        : supra + " of " + insts.size() + " institutions supranational (" + pct(share) + ")");
    List<Policy> pols = c.policies().stream().filter(p -> p.inForceAt(at)).toList();
    double policies = Math.min(1.0, pols.size() / (double) FULL_POLICIES);
    reasons.add(pols.size() + " common polic" + (pols.size() == 1 ? "y" : "ies") + " in force"
        + (pols.isEmpty() ? "" : " (" + String.join(", ", pols.stream().map(Policy::id).toList()) + ")")
        + " -> " + fmt(policies));
    long supraPol = pols.stream().filter(Policy::supranational).count();
    double transfer = pols.isEmpty() ? 0 : (double) supraPol / pols.size();
    reasons.add(pols.isEmpty() ? "no transfer of sovereignty: no common policy in force"
        : supraPol + " of " + pols.size() + " policies run supranationally (transfer of sovereignty " + pct(transfer) + ")");
    double score = (share + policies + transfer) / 3;
    return new DimensionScore(POLITICAL, score, null, List.of(), reasons);
  }

  public static DimensionScore economic(Codebook codebook, IntegrationCase c, LocalDate at) {
    List<Dimension.Stage> ladder = ladder(codebook);
    List<String> reasons = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    LocalDate[] reached = new LocalDate[ladder.size()];
    Milestone[] by = new Milestone[ladder.size()];
    for (Milestone m : c.milestones()) {
      if (m.stage() == null || !m.reachedBy(at)) continue;
      int k = indexOf(ladder, m.stage());
      if (k < 0) continue;
      if (reached[k] == null || m.date().isBefore(reached[k])) {
        reached[k] = m.date();
        by[k] = m;
      }
    }
    int top = -1;
    for (int k = 0; k < ladder.size(); k++) {
      if (reached[k] == null) continue;
      top = k;
      reasons.add(ladder.get(k).id() + " reached " + reached[k] + " (" + by[k].name() + ")");
      for (int j = 0; j < k; j++) {
        String lower = ladder.get(j).id();
        boolean attempted = c.milestones().stream().anyMatch(m -> lower.equals(m.stage()));
        if (reached[j] == null && !attempted) {
          // Each rung contains the ones below it (a customs union is a free trade area with a
          // common external tariff, §4.4.2.2): a lower rung with no milestone of its own is
          // implied, not skipped.
          String implied = lower + " implied by ";
          if (reasons.stream().noneMatch(r -> r.startsWith(implied))) reasons.add(implied + ladder.get(k).id());
        } else if (reached[j] == null || reached[j].isAfter(reached[k])) {
          flags.add(ladder.get(k).id() + " reached " + reached[k] + " before " + lower
              + (reached[j] == null ? " (not reached by " + at + ")" : " (reached " + reached[j] + ")"));
        }
      }
    }
    if (top < 0) reasons.add("no achieved milestone reaches a stage of the ladder by " + at);
    String stage = top < 0 ? NO_STAGE : ladder.get(top).id();
    double score = ladder.isEmpty() || top < 0 ? 0 : (top + 1) / (double) ladder.size();
    return new DimensionScore(ECONOMIC, score, stage, flags, reasons);
  }

  public static DimensionScore social(IntegrationCase c, LocalDate at, List<CriterionResult> criteria) {
    List<String> reasons = new ArrayList<>();
    List<Institution> cs = c.institutions().stream().filter(i -> i.existsAt(at) && CIVIL_SOCIETY.equals(i.kind())).toList();
    double sum = cs.isEmpty() ? 0 : 1;
    int parts = 1;
    reasons.add(cs.isEmpty() ? "no civil-society institution at " + at
        : "civil society in the institutions: " + String.join(", ", cs.stream().map(Institution::name).toList()));
    List<CriterionResult> social = criteria.stream()
        .filter(r -> SOCIAL.equals(r.criterion().dimension()) && !r.has(Role.DISINTEGRATIVE))
        .toList();
    double low = sum, high = sum;
    if (!social.isEmpty()) {
      List<CriterionResult> coded = social.stream().filter(r -> r.membership().isKnown()).toList();
      List<CriterionResult> uncoded = social.stream().filter(r -> !r.membership().isKnown()).toList();
      double meanLow = social.stream().mapToDouble(r -> r.membership().low()).average().orElse(0);
      double meanHigh = social.stream().mapToDouble(r -> r.membership().high()).average().orElse(0);
      low += meanLow;
      high += meanHigh;
      parts++;
      if (!coded.isEmpty()) {
        reasons.add("social criteria coded: " + String.join(", ", coded.stream()
            .map(r -> r.id() + " " + fmt(r.membership().low())).toList()));
      }
      if (!uncoded.isEmpty()) {
        reasons.add((coded.isEmpty() ? "no social criterion coded" : "not coded") + ": "
            + String.join(", ", uncoded.stream().map(CriterionResult::id).toList()) + " (unknown, [0, 1]; missing evidence is not scored)");
      }
      reasons.add(meanLow == meanHigh ? "social criteria mean " + fmt(meanLow)
          : "social criteria mean unknown, between " + fmt(meanLow) + " and " + fmt(meanHigh));
    } else {
      reasons.add("the lens has no social criterion");
    }
    // clamp rounding so that a known interval stays a point and bounds stay in [0, 1]
    double l = Math.max(0, Math.min(1, low / parts)), h = Math.max(l, Math.min(1, high / parts));
    io.integra.core.formula.Membership interval = new io.integra.core.formula.Membership(l, h);
    if (!interval.isKnown()) reasons.add("social score undetermined: between " + fmt(l) + " and " + fmt(h));
    return new DimensionScore(SOCIAL, l, null, List.of(), reasons, interval);
  }

  /** The stages of the codebook's economic dimension, in order (empty when it has none). */
  static List<Dimension.Stage> ladder(Codebook codebook) {
    return codebook.dimension(ECONOMIC).map(Dimension::stages).orElse(List.of()).stream()
        .sorted(Comparator.comparingInt(Dimension.Stage::order)).toList();
  }

  private static int indexOf(List<Dimension.Stage> ladder, String id) {
    for (int i = 0; i < ladder.size(); i++) if (ladder.get(i).id().equals(id)) return i;
    return -1;
  }

  private static String pct(double x) { return Math.round(x * 100) + " %"; }

  static String fmt(double x) { return String.format(Locale.ROOT, "%.2f", x); }
}

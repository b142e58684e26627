package io.integra.bench.assess;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.FoundingInstrument;
import io.integra.core.cases.Institution;
import io.integra.core.cases.InstitutionNature;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates synthetic cases for benchmarks: random members with entries, exits and suspensions,
 * a few institutions (sometimes a common government), and for every lens of the codebook a run of
 * coding periods with four-value scores, about a fifth of the criteria left uncoded. Seeded, so
 * runs are repeatable. Ids and codes are invented ({@code syn-N}, {@code X..}).
 */
public final class SyntheticCases {
  private static final double[] FOUR = {0, 0.33, 0.67, 1};

  private SyntheticCases() { }

  public static List<IntegrationCase> generate(Codebook codebook, int count, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<IntegrationCase> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) out.add(one(codebook, i, rnd));
    return out;
  }

  private static IntegrationCase one(Codebook codebook, int n, SplittableRandom rnd) {
    LocalDate founded = LocalDate.of(1946 + rnd.nextInt(60), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
    List<Member> members = new ArrayList<>();
    int states = 2 + rnd.nextInt(12);
    for (int s = 0; s < states; s++) {
      String iso3 = "X" + (char) ('A' + s % 26) + (char) ('A' + (n + s) % 26);
      List<Spell> spells = new ArrayList<>();
      LocalDate from = s < 2 ? founded : founded.plusDays(rnd.nextInt(20 * 365));
      LocalDate to = rnd.nextInt(4) == 0 ? from.plusDays(365 + rnd.nextInt(15 * 365)) : null;
      if (to != null && rnd.nextBoolean()) {
        // suspended, then back
        LocalDate back = to.plusDays(200 + rnd.nextInt(900));
        spells.add(new Spell(from, to, SpellStatus.MEMBER, null, List.of()));
        spells.add(new Spell(to, back, SpellStatus.SUSPENDED, null, List.of()));
        spells.add(new Spell(back, null, SpellStatus.MEMBER, null, List.of()));
      } else {
        spells.add(new Spell(from, to, SpellStatus.MEMBER, null, List.of()));
      }
      if (members.stream().noneMatch(m -> m.iso3().equals(iso3))) members.add(new Member(iso3, null, spells, null, List.of()));
    }
    List<Institution> institutions = new ArrayList<>();
    institutions.add(new Institution("summit", "Summit", InstitutionNature.INTERGOVERNMENTAL, "summit", founded, false, null, List.of()));
    if (rnd.nextInt(5) == 0) {
      institutions.add(new Institution("government", "Government", InstitutionNature.SUPRANATIONAL, "council",
          founded.plusDays(rnd.nextInt(40 * 365)), true, null, List.of()));
    }
    List<Coding> codings = new ArrayList<>();
    for (Lens lens : codebook.lenses()) {
      LocalDate from = founded;
      int periods = 1 + rnd.nextInt(5);
      for (int p = 0; p < periods; p++) {
        LocalDate to = p == periods - 1 ? null : from.plusDays(365 * (2 + rnd.nextInt(15)));
        List<CriterionCoding> criteria = new ArrayList<>();
        for (Criterion c : lens.criteria()) {
          if (rnd.nextInt(5) == 0) continue; // uncoded: unknown
          criteria.add(new CriterionCoding(c.id(), FOUR[rnd.nextInt(4)], null, List.of()));
        }
        codings.add(new Coding(lens.id(), "synthetic", from, to, "four-value", null, criteria));
        if (to == null) break;
        from = to;
      }
    }
    return new IntegrationCase("syn-" + n, "Synthetic case " + n, null, null, List.of(),
        new FoundingInstrument("Synthetic treaty", founded, null, null, List.of()), members, institutions, List.of(), List.of(), codings);
  }
}

package io.integra.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.cases.FoundingInstrument;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The map of members year by year: members, suspended and withdrawn states, and the last sample at the date. */
class MemberMapTest {
  private static Spell spell(String from, String to, SpellStatus s) {
    return new Spell(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), s, null, List.of());
  }

  /** A made-up case: AAA from the start; BBB joins, is suspended, leaves; CCC joins late, leaves and rejoins. */
  private static IntegrationCase made() {
    return new IntegrationCase("made-up", "Made-up Union", null, null, List.of(),
        new FoundingInstrument("Treaty", LocalDate.of(2000, 3, 1), null, null, List.of()),
        List.of(new Member("AAA", "A", List.of(spell("2000-03-01", null, SpellStatus.MEMBER)), null, List.of()),
            new Member("BBB", "B", List.of(spell("2000-03-01", "2003-01-01", SpellStatus.MEMBER),
                spell("2003-01-01", "2005-01-01", SpellStatus.SUSPENDED)), null, List.of()),
            new Member("CCC", "C", List.of(spell("2002-07-01", "2004-06-30", SpellStatus.MEMBER),
                spell("2006-01-01", null, SpellStatus.MEMBER)), null, List.of())),
        List.of(), List.of(), List.of(), List.of());
  }

  @Test void eachYearHasMembersSuspendedAndWithdrawnAndTheLastSampleIsTheDate() {
    IntegrationCase c = made();
    MemberMap m = MemberMap.of(c, LocalDate.of(2006, 3, 15));
    assertThat(m.years()).extracting(MemberMap.Sample::date)
        .containsExactly("2000-06-30", "2001-06-30", "2002-06-30", "2003-06-30", "2004-06-30", "2005-06-30", "2006-03-15");
    MemberMap.Sample y2003 = m.years().get(3);
    assertThat(y2003.members()).containsExactly("AAA", "CCC");
    assertThat(y2003.suspended()).containsExactly("BBB");
    assertThat(y2003.withdrawn()).isEmpty();
    MemberMap.Sample y2004 = m.years().get(4);   // CCC's spell ended on 30 June 2004: no longer a member that day
    assertThat(y2004.members()).containsExactly("AAA");
    assertThat(y2004.withdrawn()).containsExactly("CCC");
    MemberMap.Sample y2005 = m.years().get(5);
    assertThat(y2005.withdrawn()).containsExactly("BBB", "CCC");
    MemberMap.Sample last = m.years().get(6);    // CCC back, BBB still gone
    assertThat(last.members()).containsExactly("AAA", "CCC").isEqualTo(c.membersAt(LocalDate.of(2006, 3, 15)));
    assertThat(last.withdrawn()).containsExactly("BBB");
    for (MemberMap.Sample s : m.years()) assertThat(s.members()).isEqualTo(c.membersAt(LocalDate.parse(s.date())));
    assertThat(m.states()).extracting(MemberMap.State::iso3).containsExactly("AAA", "BBB", "CCC");
  }

  @Test void nothingBeforeTheFounding() {
    assertThat(MemberMap.of(made(), LocalDate.of(1999, 12, 31)).years()).isEmpty();
    assertThat(MemberMap.of(made(), LocalDate.of(2000, 6, 30)).years()).extracting(MemberMap.Sample::date).containsExactly("2000-06-30");
    // between the founding and the first 30 June: the date itself
    assertThat(MemberMap.of(made(), LocalDate.of(2000, 4, 1)).years()).extracting(MemberMap.Sample::date).containsExactly("2000-04-01");
  }
}

package io.integra.flows.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.flows.FlowAnalysis;
import io.integra.flows.SharedData;
import io.integra.flows.data.FlowFormat;
import io.integra.flows.data.FlowSource;
import io.integra.flows.duckdb.DuckDbEngine;
import io.integra.flows.engine.Progress;
import io.integra.flows.index.FlowIndex;
import io.integra.flows.index.IndexCalculator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-built cases whose spells are copied from shared/facts/mercosur.yaml and alba.yaml. */
public class MembershipOverTimeTest {
  public static IntegrationCase mercosurCase() { return MERCOSUR; }

  static Spell spell(String from, String to, SpellStatus s) {
    return new Spell(LocalDate.parse(from), to == null ? null : LocalDate.parse(to), s, null, List.of());
  }

  static Member member(String iso3, Spell... spells) { return new Member(iso3, iso3, List.of(spells), null, List.of()); }

  static IntegrationCase kase(String id, Member... members) {
    return new IntegrationCase(id, id, id, "", List.of(), null, List.of(members), null, null, null, null);
  }

  static final IntegrationCase MERCOSUR = kase("mercosur",
      member("ARG", spell("1991-03-26", null, SpellStatus.MEMBER)),
      member("BRA", spell("1991-03-26", null, SpellStatus.MEMBER)),
      member("URY", spell("1991-03-26", null, SpellStatus.MEMBER)),
      member("PRY", spell("1991-03-26", "2012-06-29", SpellStatus.MEMBER), spell("2012-06-29", "2013-08-15", SpellStatus.SUSPENDED),
          spell("2013-08-15", null, SpellStatus.MEMBER)),
      member("VEN", spell("2012-07-31", "2016-12-01", SpellStatus.MEMBER), spell("2016-12-01", null, SpellStatus.SUSPENDED)));

  static final IntegrationCase ALBA = kase("alba",
      member("CUB", spell("2004-12-14", null, SpellStatus.MEMBER)),
      member("VEN", spell("2004-12-14", null, SpellStatus.MEMBER)),
      member("ECU", spell("2009-06-24", "2018-08-23", SpellStatus.MEMBER)));

  @Test
  void membersOnFirstJuly() {
    var m = GroupSpec.of(MERCOSUR, "mercosur").byYear(2011, 2018);
    assertThat(m.get(2012)).containsExactly("ARG", "BRA", "URY");        // VEN joins 31 Jul, PRY suspended
    assertThat(m.get(2013)).containsExactly("ARG", "BRA", "URY", "VEN"); // PRY back on 15 Aug
    assertThat(m.get(2016)).containsExactly("ARG", "BRA", "PRY", "URY", "VEN");
    assertThat(m.get(2017)).containsExactly("ARG", "BRA", "PRY", "URY"); // VEN suspended
    var a = GroupSpec.of(ALBA, "alba").byYear(2018, 2019);
    assertThat(a.get(2018)).contains("ECU");
    assertThat(a.get(2019)).containsExactly("CUB", "VEN");
  }

  @Test
  void sharesFollowMembership() {
    try (var s = new DuckDbEngine().open(new FlowSource(SharedData.dots(), FlowFormat.DOTS), Progress.NONE)) {
      var byCase = FlowAnalysis.indices(s, GroupSpec.of(MERCOSUR, "mercosur"), 2015, 2017, List.of(FlowIndex.SHARE),
          new IndexCalculator()).records();
      double m5 = FlowAnalysis.indices(s, GroupSpec.ofCodes("m5", List.of("ARG", "BRA", "PRY", "URY", "VEN")), 2015, 2015,
          List.of(FlowIndex.SHARE), new IndexCalculator()).records().get(0).value();
      double m4 = FlowAnalysis.indices(s, GroupSpec.ofCodes("m4", List.of("ARG", "BRA", "PRY", "URY")), 2017, 2017,
          List.of(FlowIndex.SHARE), new IndexCalculator()).records().get(0).value();
      assertThat(byCase.get(0).value()).isCloseTo(13.53, within(0.006)); // flows-reference.md §1, MERCOSUR-5 2015
      assertThat(byCase.get(0).value()).isEqualTo(m5);
      assertThat(byCase.get(2).value()).isEqualTo(m4);
      assertThat(byCase.get(2).group()).isEqualTo("mercosur");
    }
  }
}

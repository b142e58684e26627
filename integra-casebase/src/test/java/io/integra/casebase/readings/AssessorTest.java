package io.integra.casebase.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.core.assess.MembershipChange;
import io.integra.core.assess.Coupling;
import io.integra.core.assess.VerdictLabel;
import io.integra.core.assess.Assessment;
import io.integra.core.assess.Assessor;
import io.integra.core.assess.Comparison;
import io.integra.core.assess.CriterionResult;
import io.integra.core.assess.DimensionScore;
import io.integra.core.assess.DimensionScoring;
import io.integra.core.assess.Dimensions;
import io.integra.core.assess.Disintegration;
import io.integra.core.assess.IdealTypeDivergence;
import io.integra.core.assess.IdealTypeFit;
import io.integra.core.assess.ObjectiveMatrix;
import io.integra.core.assess.OutcomeResult;
import io.integra.core.assess.Timeline;
import io.integra.core.assess.TimelineBuilder;
import io.integra.core.assess.VerdictRule;
import io.integra.core.formula.Membership;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessorTest {
  private final Assessor assessor = new Assessor(Fixtures.BASE.codebook());

  private Assessment assess(String id, String lens, String date, String coder) {
    return assessor.assess(Fixtures.get(id), lens, LocalDate.parse(date), coder);
  }

  @Test void uncodedCriteriaStayUnknownButAndWithAKnownZeroIsKnown() {
    Assessment a = assess("stillwater", "deutsch-1957", "2016-06-30", null);
    assertThat(a.criterion("responsiveness").orElseThrow().membership()).isEqualTo(Membership.UNKNOWN);
    assertThat(a.criterion("responsiveness").orElseThrow().coded()).isFalse();
    assertThat(a.criterion("responsiveness").orElseThrow().gap()).isEqualTo(Membership.UNKNOWN);
    // values = 0 is known, so values * responsiveness * predictability is known to be 0
    assertThat(a.outcome("pluralistic").orElseThrow().membership()).isEqualTo(Membership.of(0));
    assertThat(a.verdict().label()).isEqualTo(VerdictLabel.NONE);
    // the disintegration outcome (an OR of uncoded criteria) stays wholly unknown
    assertThat(a.disintegration().pressure().membership()).isEqualTo(Membership.UNKNOWN);
    // fit: minimum with a known 0 is 0; the mean gap is an interval
    assertThat(a.idealType().fit()).isEqualTo(Membership.of(0));
    assertThat(a.idealType().meanGap().isKnown()).isFalse();
    assertThat(a.idealType().meanGap().low()).isGreaterThan(0);
  }

  @Test void unknownStageMakesLiUndeterminedNotZero() {
    Assessment a = assess("stillwater", "liberal-intergovernmentalism", "2016-06-30", null);
    Membership explains = a.outcomeWithRole(VerdictRule.ROLE_LI_EXPLAINS).orElseThrow().membership();
    assertThat(explains).isEqualTo(new Membership(0, 0.67));
    // [0, 0.67] admits not-explained, transition and explained: the evidence cannot decide
    assertThat(a.verdict().label()).isEqualTo(VerdictLabel.UNDETERMINED);
    assertThat(VerdictRule.settled(a)).isFalse();
    assertThat(a.verdict().coupling()).isNull();
    assertThat(a.verdict().readiness()).isNull();
  }

  @Test void verdictBandsAroundTheCrossover() {
    // values 0.55: |x - 0.5| < 0.1, inside the zone of transition
    Assessment early = assess("twin-river", "deutsch-1957", "2000-06-30", null);
    assertThat(early.outcome("pluralistic").orElseThrow().membership()).isEqualTo(Membership.of(0.55));
    assertThat(early.outcome("pluralistic").orElseThrow().inTransitionBand()).isTrue();
    assertThat(early.verdict().label()).isEqualTo(VerdictLabel.TRANSITION);
    assertThat(early.verdict().coupling()).isNull();
    Assessment later = assess("twin-river", "deutsch-1957", "2005-06-30", null);
    assertThat(later.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(later.verdict().coupling()).isEqualTo(Coupling.LOOSE);
    assertThat(later.outcome("pluralistic").orElseThrow().distance()).isCloseTo(0.17, org.assertj.core.data.Offset.offset(1e-9));
    // one member left: no group, no community
    Assessment alone = assess("twin-river", "deutsch-1957", "2011-06-30", null);
    assertThat(alone.members()).containsExactly("XBA");
    assertThat(alone.verdict().label()).isEqualTo(VerdictLabel.NONE);
    // values 0.33: below the band
    assertThat(assess("lakeland", "deutsch-1957", "2005-06-30", null).verdict().label()).isEqualTo(VerdictLabel.NONE);
  }

  @Test void inBandRule() {
    assertThat(VerdictRule.inBand(0.45, 0.45)).isTrue();
    assertThat(VerdictRule.inBand(0.6, 0.6)).isFalse();
    assertThat(VerdictRule.inBand(0.4, 0.4)).isFalse();
    assertThat(VerdictRule.inBand(0, 1)).isTrue();
    assertThat(VerdictRule.inBand(0, 0.33)).isFalse();
    assertThat(VerdictRule.inBand(0.67, 1)).isFalse();
  }

  @Test void amalgamatedNeedsACommonGovernment() {
    Assessment before = assess("lakeland", "deutsch-1957", "2014-06-30", null);
    assertThat(before.verdict().readiness()).isEqualTo(Membership.of(0.67));
    assertThat(before.verdict().commonGovernment()).isEmpty();
    assertThat(before.verdict().label()).isEqualTo(VerdictLabel.PLURALISTIC);
    assertThat(before.verdict().coupling()).isEqualTo(Coupling.TIGHT);
    Assessment after = assess("lakeland", "deutsch-1957", "2015-06-30", null);
    assertThat(after.verdict().commonGovernment()).containsExactly("federal-council");
    assertThat(after.verdict().label()).isEqualTo(VerdictLabel.AMALGAMATED);
    // a common government without readiness is not amalgamation: bob's coding leaves it none
    Assessment bob = assess("lakeland", "deutsch-1957", "2015-06-30", "bob");
    assertThat(bob.coder()).isEqualTo("bob");
    assertThat(bob.verdict().label()).isEqualTo(VerdictLabel.NONE);
  }

  @Test void coderDefaultsToTheFirstOfThePeriod() {
    assertThat(assess("lakeland", "deutsch-1957", "2016-06-30", null).coder()).isEqualTo("alice");
    assertThat(Assessor.coders(Fixtures.get("lakeland"), "deutsch-1957")).containsExactly("alice", "bob");
    Assessment none = assess("lakeland", "liberal-intergovernmentalism", "2016-06-30", null);
    assertThat(none.coded()).isFalse();
    assertThat(none.criteria()).allMatch(c -> !c.coded());
  }

  @Test void idealTypeCountsEssentialAdditionalAndCapabilityCriteria() {
    Assessment a = assess("lakeland", "deutsch-1957", "2016-06-30", null);
    IdealTypeFit f = a.idealType();
    assertThat(f.counted()).containsExactly("essential-amalgamated", "essential-pluralistic", "additional", "capability");
    assertThat(f.gaps()).extracting(CriterionResult::id).doesNotContain("reform_delay", "collective_security", "assimilation")
        .contains("values", "power", "group_roles");
    // power (capability) is uncoded: the fit is an interval up to the weakest known criterion
    assertThat(f.fit()).isEqualTo(new Membership(0, 0.33));
    assertThat(f.holdingBack().get(0).id()).isEqualTo("group_roles");
    assertThat(f.holdingBack().get(0).evidence()).hasSize(1);
    assertThat(f.holdingBack()).hasSizeLessThanOrEqualTo(IdealTypeDivergence.HOLDING_BACK);
  }

  @Test void economicLadderFlagsStagesOutOfOrder() {
    DimensionScore e = assess("lakeland", "deutsch-1957", "2005-06-30", null).dimensions().economic();
    assertThat(e.stage()).isEqualTo("common-market");
    assertThat(e.score()).isEqualTo(0.75);
    assertThat(e.flags()).singleElement().asString().contains("common-market").contains("before customs-union");
    DimensionScore later = assess("lakeland", "deutsch-1957", "2016-06-30", null).dimensions().economic();
    assertThat(later.stage()).isEqualTo("common-market"); // the planned currency does not count
    assertThat(later.flags()).singleElement().asString().contains("reached 2006-01-01");
    DimensionScore tr = assess("twin-river", "deutsch-1957", "2005-06-30", null).dimensions().economic();
    assertThat(tr.stage()).isEqualTo("free-trade-area");
    assertThat(tr.flags()).isEmpty();
    assertThat(assess("lakeland", "deutsch-1957", "2000-06-30", null).dimensions().economic().stage()).isEqualTo(DimensionScoring.NO_STAGE);
  }

  @Test void politicalAndSocialDimensions() {
    Dimensions d = assess("lakeland", "deutsch-1957", "2016-06-30", null).dimensions();
    // institutions: commission, summit, forum, federal council -> 2 of 4 supranational; 2 policies -> 2/3; 1 of 2 supranational
    assertThat(d.political().score()).isCloseTo((0.5 + 2.0 / 3 + 0.5) / 3, org.assertj.core.data.Offset.offset(1e-9));
    // civil-society institution (1) and social criteria way_of_life .67, social_communication 1, mobility 1,
    // assimilation uncoded ([0, 1]): the score is an interval, not the mean of the coded ones
    assertThat(d.social().known()).isFalse();
    assertThat(d.social().value()).isNull();
    assertThat(d.social().interval().low()).isCloseTo((1 + (0.67 + 1 + 1 + 0) / 4) / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(d.social().interval().high()).isCloseTo((1 + (0.67 + 1 + 1 + 1) / 4) / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(d.political().known()).isTrue();
    Dimensions tr = assess("twin-river", "deutsch-1957", "2005-06-30", null).dimensions();
    assertThat(tr.political().score()).isEqualTo(0);
    // no civil-society institution (0), one social criterion coded 0.33, three unknown
    assertThat(tr.social().interval().low()).isCloseTo(0.33 / 4 / 2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(tr.social().interval().high()).isCloseTo((0.33 + 3) / 4 / 2, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test void objectivesMatrixFromEvidenceBesideCodebookLinks() {
    ObjectiveMatrix m = assess("lakeland", "buen-vivir", "2016-06-30", null).objectives();
    assertThat(m.objectives()).hasSize(12);
    assertThat(m.supported()).containsExactly(3, 4, 6, 10);
    ObjectiveMatrix.Row wol = m.rows().stream().filter(r -> r.criterion().equals("way_of_life")).findFirst().orElseThrow();
    assertThat(wol.evidenced()).containsExactly(3, 4, 6);
    assertThat(wol.analysis()).containsExactly(1, 3, 4, 11);
    // Deutsch's lens has no objectives: an empty matrix
    ObjectiveMatrix d = assess("lakeland", "deutsch-1957", "2016-06-30", null).objectives();
    assertThat(d.objectives()).isEmpty();
    assertThat(d.rows()).isEmpty();
  }

  @Test void disintegrationWatchFindsTheEventThatChangedTheVerdict() {
    Disintegration d = assess("twin-river", "deutsch-1957", "2016-06-30", null).disintegration();
    // the founding (both states join on one day) and the departure change the verdict
    assertThat(d.verdictChanging()).hasSize(3);
    assertThat(d.verdictChanging().get(0).after()).isEqualTo(VerdictLabel.TRANSITION);
    assertThat(d.verdictChanging().get(2)).satisfies(e -> {
      assertThat(e.iso3()).isEqualTo("XBB");
      assertThat(e.change()).isEqualTo(MembershipChange.LEFT);
      assertThat(e.date()).isEqualTo(LocalDate.of(2010, 1, 1));
      assertThat(e.before()).isEqualTo(VerdictLabel.PLURALISTIC);
      assertThat(e.after()).isEqualTo(VerdictLabel.NONE);
    });
    Disintegration l = assess("lakeland", "deutsch-1957", "2016-06-30", null).disintegration();
    assertThat(l.events()).extracting(e -> e.change().id())
        .containsExactly("joined", "joined", "joined", "joined", "suspended", "reinstated", "left");
    assertThat(l.verdictChanging()).isEmpty();
    assertThat(l.conditions()).extracting(CriterionResult::id).contains("reform_delay", "elite_closure");
    assertThat(l.pressure().membership()).isEqualTo(new Membership(0.33, 1));
  }

  @Test void timelineCrossingsCarryTheirCauses() {
    Timeline t = assessor.timeline(Fixtures.get("lakeland"), "deutsch-1957", null, 2000, 2020, LocalDate.of(2016, 12, 31));
    assertThat(t.points()).hasSize(17);
    assertThat(t.points().get(0).at()).isEqualTo(LocalDate.of(2000, 6, 30));
    assertThat(t.points().get(16).at()).isEqualTo(LocalDate.of(2016, 6, 30));
    Timeline.Crossing up = t.crossings().stream().filter(c -> c.outcome().equals("pluralistic")).findFirst().orElseThrow();
    assertThat(up.from()).isEqualTo(LocalDate.of(2007, 6, 30));
    assertThat(up.to()).isEqualTo(LocalDate.of(2008, 6, 30));
    assertThat(up.direction()).isEqualTo("up");
    assertThat(up.causes()).extracting(Timeline.Change::kind).containsOnly("coding");
    assertThat(up.causes()).extracting(Timeline.Change::date).containsOnly(LocalDate.of(2008, 1, 1));
    assertThat(t.verdicts()).extracting(Timeline.VerdictChange::after).containsExactly(VerdictLabel.PLURALISTIC, VerdictLabel.AMALGAMATED);
    assertThat(t.verdicts().get(1).causes()).extracting(Timeline.Change::kind).containsExactly("institution");

    Timeline tr = assessor.timeline(Fixtures.get("twin-river"), "deutsch-1957", null, 1995, 2016, LocalDate.of(2016, 12, 31));
    Timeline.VerdictChange dissolved = tr.verdicts().get(tr.verdicts().size() - 1);
    assertThat(dissolved.after()).isEqualTo(VerdictLabel.NONE);
    assertThat(dissolved.causes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("membership");
      assertThat(c.description()).contains("XBB").contains("left");
    });
    // the outcomes did not cross in 2010: membership does not move outcomes, only the verdict
    assertThat(tr.crossings()).noneMatch(c -> c.to().getYear() == 2010);
    assertThat(TimelineBuilder.firstYear(Fixtures.get("stillwater"))).isEqualTo(2010);
  }

  @Test void comparisonRanksByFitAndExplainsTheGap() {
    Comparison c = assessor.compare(List.of(Fixtures.get("stillwater"), Fixtures.get("lakeland"), Fixtures.get("twin-river")),
        "deutsch-1957", LocalDate.of(2016, 6, 30), null);
    assertThat(c.assessments()).extracting(Assessment::caseId).containsExactly("stillwater", "lakeland", "twin-river");
    // fits: lakeland [0, .33], twin-river [0, .33], stillwater 0; tie broken by the mean gap
    assertThat(c.ranking()).containsExactly("lakeland", "twin-river", "stillwater");
    Comparison.Separation s = c.separations().get(0);
    assertThat(s.a()).isEqualTo("lakeland");
    assertThat(s.b()).isEqualTo("twin-river");
    assertThat(s.differences().get(0).criterion()).isEqualTo("collective_security");
    assertThat(s.differences().get(0).difference()).isEqualTo(1.0);
    assertThat(s.differences()).extracting(Comparison.Difference::criterion).contains("way_of_life");
    assertThat(s.unknownInOne()).contains("economic_growth");
  }

  @Test void unknownLensIsRefused() {
    assertThatThrownBy(() -> assess("lakeland", "no-such-lens", "2016-06-30", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deutsch-1957");
  }

  @Test void fastPathAgreesWithTheFormulas() {
    Assessment a = assess("lakeland", "deutsch-1957", "2016-06-30", null);
    java.util.Map<String, Membership> values = new java.util.HashMap<>();
    a.criteria().forEach(c -> { if (c.coded()) values.put(c.id(), c.membership()); });
    for (OutcomeResult o : a.outcomes()) assertThat(o.membership()).isEqualTo(o.outcome().formula().evaluate(values));
  }
}

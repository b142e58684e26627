package io.integra.storage.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.casebase.CaseReader;
import io.integra.casebase.write.CaseWriter;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.Institution;
import io.integra.core.cases.InstitutionNature;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Member;
import io.integra.core.cases.Milestone;
import io.integra.core.cases.Policy;
import io.integra.core.cases.Source;
import io.integra.core.cases.Spell;
import io.integra.core.cases.SpellStatus;
import io.integra.core.codebook.Lens;
import io.integra.storage.jdbc.BundledData;
import io.integra.storage.jdbc.JdbcWorkspace;
import io.integra.storage.testing.RandomCaseBases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * An edit is checked on its records by the rules of codings ({@code core/cases/CodingRules}) and of
 * a case's facts ({@code core/cases/CaseRules}): a bad one is refused with the rule's words — the
 * same words the case reader gives for the same coding or fact in a case file — and leaves the stored data as they were. Run on SQLite and PostgreSQL by the
 * two subclasses.
 */
abstract class EditRulesContractTest {
  private static final ChangeNote NOTE = new ChangeNote("tester", "test change");
  private static final LocalDate Y2000 = LocalDate.of(2000, 1, 1);

  /** {@code sqlite} or {@code postgresql}. */
  abstract String kind();

  @AfterAll
  static void dropSchemas() { TestStores.dropPostgresSchemas(); }

  private Workspace workspace(CaseBase cb) {
    Workspace ws = JdbcWorkspace.open(TestStores.newStore(kind()), false);
    ws.importCaseBase(cb, BundledData.codebookText(), NOTE);
    return ws;
  }

  private static CaseBase randomCases() {
    return new RandomCaseBases(11, BundledData.caseBase().codebook()).caseBase(2, 4);
  }

  /** A lens of the bundled codebook that defines objectives (so an unknown one can be tried). */
  private static Lens lensWithObjectives(Workspace ws) {
    return ws.codebook().lenses().stream().filter(l -> !l.objectives().isEmpty()).findFirst().orElseThrow();
  }

  private static Coding coding(Lens lens, LocalDate from, String scale, CriterionCoding... criteria) {
    return new Coding(lens.id(), "zoe", from, null, scale, null, List.of(criteria));
  }

  @Test
  void aBadCodingIsRefusedWithTheWordsOfTheCaseReaderAndNothingChanges() {
    try (Workspace ws = workspace(randomCases())) {
      String caseId = ws.caseIds().get(0);
      Lens lens = lensWithObjectives(ws);
      String crit = lens.criteria().get(0).id();
      String source = ws.caseBase().bibliography().get(0).key();
      ws.saveCoding(caseId, coding(lens, Y2000, "continuous", new CriterionCoding(crit, 0.5, "r", List.of(new Evidence(source, "p. 1", null, List.of(1))))), null, NOTE);

      CaseBase before = ws.caseBase();
      List<StoredCoding> codingsBefore = ws.codings(caseId);
      int history = ws.history(caseId).size();

      Map<String, Coding> bad = new LinkedHashMap<>();
      bad.put("source 'no-such-key' is not in the bibliography; expected a key defined in bibliography.yaml",
          coding(lens, Y2000, "continuous", new CriterionCoding(crit, 0.5, "r", List.of(new Evidence("no-such-key", "p. 1", null, List.of())))));
      bad.put("unknown objective 99; expected an objective number from 1 to " + lens.objectives().size(),
          coding(lens, Y2000, "continuous", new CriterionCoding(crit, 0.5, "r", List.of(new Evidence(source, "p. 1", null, List.of(99))))));
      bad.put("missing 'locator' in an evidence item; expected a value for 'locator'",
          coding(lens, Y2000, "continuous", new CriterionCoding(crit, 0.5, "r", List.of(new Evidence(source, null, null, List.of())))));
      bad.put("score 1.5 of '" + crit + "' is outside [0,1]; expected a membership score from 0 to 1",
          coding(lens, Y2000, "continuous", new CriterionCoding(crit, 1.5, "r", List.of())));
      bad.put("score 0.5 of '" + crit + "' is not on scale 'four-value'; expected one of 0, 0.33, 0.67, 1",
          coding(lens, Y2000, "four-value", new CriterionCoding(crit, 0.5, "r", List.of())));
      bad.put("unknown criterion 'no-criterion' for lens '" + lens.id() + "'; expected one of "
              + lens.criteria().stream().map(c -> c.id()).collect(Collectors.joining(", ")),
          coding(lens, Y2000, "continuous", new CriterionCoding("no-criterion", 0.5, "r", List.of())));
      for (Map.Entry<String, Coding> e : bad.entrySet()) {
        assertThatThrownBy(() -> ws.saveCoding(caseId, e.getValue(), null, NOTE)).isInstanceOf(InvalidEditException.class).hasMessage(e.getKey());
        // the same coding in a case file: the reader names the same problem, at its line
        assertThat(readBack(ws, caseId, e.getValue())).containsExactly(e.getKey());
      }
      // through a one-criterion edit too
      assertThatThrownBy(() -> ws.code(new CriterionEdit(new CodingKey(caseId, lens.id(), "zoe", Y2000), null, crit, 0.5, "r",
          List.of(new Evidence("no-such-key", "p. 2", null, List.of())), null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessage(bad.keySet().iterator().next());

      // a second, overlapping coding of the same coder and lens: a workspace names the other one by its period
      Coding overlapping = coding(lens, LocalDate.of(2005, 1, 1), "continuous", new CriterionCoding(crit, 0.5, "r", List.of()));
      assertThatThrownBy(() -> ws.saveCoding(caseId, overlapping, null, NOTE)).isInstanceOf(InvalidEditException.class)
          .hasMessage("coding period 2005-01-01 – open of lens '" + lens.id() + "' by 'zoe' overlaps the one from 2000-01-01 – open;"
              + " expected periods of one lens and coder that do not overlap (to is the first day after)");
      // a record can repeat a criterion (a file cannot: a mapping's key is there once)
      Coding twice = coding(lens, Y2000, "continuous", new CriterionCoding(crit, 0.5, "r", List.of()), new CriterionCoding(crit, 0.2, "r", List.of()));
      assertThatThrownBy(() -> ws.saveCoding(caseId, twice, null, NOTE)).isInstanceOf(InvalidEditException.class)
          .hasMessage("criterion '" + crit + "' is coded twice; expected each criterion once per coding");

      assertThat(ws.caseBase()).isEqualTo(before);
      assertThat(ws.codings(caseId)).isEqualTo(codingsBefore);
      assertThat(ws.history(caseId)).hasSize(history);
    }
  }

  /** The same case with other facts (codings dropped: facts are edited apart from them). */
  private static IntegrationCase facts(IntegrationCase c, String name, List<String> focus, List<Member> members, List<Institution> institutions,
                                       List<Milestone> milestones, List<Policy> policies) {
    return new IntegrationCase(c.id(), name, c.shortName(), c.summary(), focus, c.founding(), members, institutions, milestones, policies, List.of());
  }

  private static <T> List<T> plus(List<T> list, List<T> more) {
    List<T> out = new ArrayList<>(list);
    out.addAll(more);
    return out;
  }

  @Test
  void badFactsAreRefusedWithTheWordsOfCaseRulesAndNothingChanges() {
    try (Workspace ws = workspace(randomCases())) {
      String caseId = ws.caseIds().get(0);
      IntegrationCase c = ws.findCase(caseId).orElseThrow();
      CaseBase before = ws.caseBase();
      int history = ws.history(caseId).size();
      long revisions = ws.info().revisions();
      Member zzz = new Member("ZZZ", "Z", List.of(new Spell(Y2000, LocalDate.of(2005, 1, 1), SpellStatus.MEMBER, null, List.of()),
          new Spell(LocalDate.of(2004, 1, 1), null, SpellStatus.MEMBER, null, List.of())), null, List.of());
      Member one = new Member("ZZZ", "Z", List.of(new Spell(Y2000, null, SpellStatus.MEMBER, null, List.of())), null, List.of());
      Milestone m = new Milestone("m-twice", "M", "economic", "customs-union", Y2000, "achieved", null, List.of());

      Map<String, IntegrationCase> bad = new LinkedHashMap<>();
      bad.put("unknown dimension 'no-such-dimension' in focus; expected one of political, economic, social",
          facts(c, c.name(), List.of("no-such-dimension"), c.members(), c.institutions(), c.milestones(), c.policies()));
      bad.put("spell 2004-01-01 – open of ZZZ overlaps the spell from 2000-01-01; expected spells that do not overlap, in date order",
          facts(c, c.name(), c.focus(), plus(c.members(), List.of(zzz)), c.institutions(), c.milestones(), c.policies()));
      bad.put("unknown institution kind 'councill'; expected one of council, summit, secretariat, parliament, court, bank, civil-society, commission, other",
          facts(c, c.name(), c.focus(), c.members(), plus(c.institutions(),
              List.of(new Institution("i-new", "I", InstitutionNature.SUPRANATIONAL, "councill", null, false, null, List.of()))), c.milestones(), c.policies()));
      bad.put("duplicate milestone id 'm-twice'; expected each id once",
          facts(c, c.name(), c.focus(), c.members(), c.institutions(), plus(c.milestones(), List.of(m, m)), c.policies()));
      bad.put("source 'no-such-key' is not in the bibliography; expected a key defined in bibliography.yaml",
          facts(c, c.name(), c.focus(), c.members(), c.institutions(), c.milestones(),
              plus(c.policies(), List.of(new Policy("p-new", "P", null, Y2000, null, false, null, List.of("no-such-key"))))));
      for (Map.Entry<String, IntegrationCase> e : bad.entrySet()) {
        assertThatThrownBy(() -> ws.putCase(e.getValue(), NOTE)).isInstanceOf(InvalidEditException.class).hasMessage(e.getKey());
        // the same facts in a case file: the reader names the same problem, at its line
        Problems problems = new Problems();
        Set<String> keys = before.bibliography().stream().map(Source::key).collect(Collectors.toSet());
        new CaseReader(ws.codebook(), keys, problems).read("case.yaml", CaseWriter.write(e.getValue()), new HashMap<>());
        assertThat(problems.sorted().stream().map(p -> p.message() + "; expected " + p.expected()).toList()).containsExactly(e.getKey());
      }
      // a record can lack what a file's reader refuses while reading (here the name), and a
      // duplicate member is named by its place in the list
      assertThatThrownBy(() -> ws.putCase(facts(c, null, c.focus(), plus(c.members(), List.of(one, one)),
          c.institutions(), c.milestones(), c.policies()), NOTE)).isInstanceOf(InvalidEditException.class)
          .hasMessage("missing 'name' in a case; expected a value for 'name'\nduplicate member ZZZ (first as member " + (c.members().size() + 1)
              + "); expected one entry per state, with several spells");

      assertThat(ws.caseBase()).isEqualTo(before);
      assertThat(ws.history(caseId)).hasSize(history);
      assertThat(ws.info().revisions()).isEqualTo(revisions);
    }
  }

  /** The problems the case reader finds in the case file of the stored case with {@code coding} put in place of zoe's. */
  private static List<String> readBack(Workspace ws, String caseId, Coding coding) {
    IntegrationCase stored = ws.findCase(caseId).orElseThrow();
    List<Coding> codings = new ArrayList<>(stored.codings().stream().filter(k -> !k.coder().equals("zoe")).toList());
    codings.add(coding);
    IntegrationCase c = Canonical.withCodings(stored, codings).withPrimaryCoder(null);
    Problems problems = new Problems();
    Set<String> keys = ws.caseBase().bibliography().stream().map(Source::key).collect(Collectors.toSet());
    new CaseReader(ws.codebook(), keys, problems).read("case.yaml", CaseWriter.write(c), new HashMap<>());
    return problems.sorted().stream().map(p -> p.message() + "; expected " + p.expected()).toList();
  }

  @Test
  void anImportOfRecordsWithABadCodingOrFactIsRefusedAndWritesNothing() {
    CaseBase good = randomCases();
    IntegrationCase first = good.cases().get(0);
    Coding k = first.codings().get(0);
    Coding off = new Coding(k.lens(), k.coder(), k.from(), k.to(), "no-scale", k.note(), k.criteria());
    List<Coding> codings = new ArrayList<>(first.codings());
    codings.set(0, off);
    List<IntegrationCase> cases = new ArrayList<>(good.cases());
    cases.set(0, Canonical.withCodings(first, codings));
    try (Workspace ws = JdbcWorkspace.open(TestStores.newStore(kind()), false)) {
      assertThatThrownBy(() -> ws.importCaseBase(new CaseBase(good.codebook(), cases, good.bibliography()), BundledData.codebookText(), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageStartingWith("case " + first.id() + ": unknown scale 'no-scale'; expected one of");
      // a bad fact too (CaseRules): nothing is stored that would not read back
      cases.set(0, facts(first, first.name(), List.of("no-such-dimension"), first.members(), first.institutions(), first.milestones(), first.policies()));
      assertThatThrownBy(() -> ws.importCaseBase(new CaseBase(good.codebook(), cases, good.bibliography()), BundledData.codebookText(), NOTE))
          .isInstanceOf(InvalidEditException.class)
          .hasMessage("case " + first.id() + ": unknown dimension 'no-such-dimension' in focus; expected one of political, economic, social");
      assertThat(ws.isEmpty()).isTrue();
      assertThat(ws.info().revisions()).isZero();
    }
  }

  @Test
  void readsDoNotParseUnchangedFactsAgainAndSeeAChangedCase() {
    try (Workspace ws = workspace(randomCases())) {
      String caseId = ws.caseIds().get(0);
      IntegrationCase a = ws.findCase(caseId).orElseThrow();
      IntegrationCase b = ws.findCase(caseId).orElseThrow();
      // the facts are the very records parsed the first time (immutable), not a second parse
      assertThat(b.members()).isSameAs(a.members());
      assertThat(ws.caseBase().cases().stream().filter(c -> c.id().equals(caseId)).findFirst().orElseThrow().members()).isSameAs(a.members());
      ws.putCase(new IntegrationCase(a.id(), "A new name", a.shortName(), a.summary(), a.focus(), a.founding(), a.members(),
          a.institutions(), a.milestones(), a.policies(), List.of()), NOTE);
      IntegrationCase c = ws.findCase(caseId).orElseThrow();
      assertThat(c.name()).isEqualTo("A new name");
      assertThat(c.members()).isEqualTo(a.members());
      assertThat(c.codings()).isEqualTo(a.codings());
      assertThat(ws.findCase(caseId).orElseThrow().members()).isSameAs(c.members());
    }
  }
}

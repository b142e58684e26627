package io.integra.storage.workspace;

import io.integra.storage.testing.RandomCaseBases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.casebase.yaml.InvalidInputException;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.storage.agreement.Agreement;
import io.integra.storage.agreement.AgreementReport;
import io.integra.storage.exchange.ReplicationPackage;
import io.integra.storage.jdbc.BundledData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace contract, run against SQLite and PostgreSQL by the two subclasses. */
abstract class WorkspaceContractTest {
  static final ChangeNote NOTE = new ChangeNote("tester", "test change");

  @TempDir Path tmp;

  /** {@code sqlite} or {@code postgresql}. */
  abstract String kind();

  String newTarget() { return TestStores.newStore(kind()); }

  @AfterAll
  static void dropSchemas() { TestStores.dropPostgresSchemas(); }

  static Codebook codebook() { return BundledData.caseBase().codebook(); }

  /** An empty workspace with a random case base of {@code cases} cases imported. */
  Workspace withRandomCases(long seed, int cases, int codings) {
    return withRandomCases(seed, cases, codings, java.time.Clock.systemUTC());
  }

  /** As {@link #withRandomCases(long, int, int)}, with the clock that times its changes. */
  Workspace withRandomCases(long seed, int cases, int codings, java.time.Clock clock) {
    Workspace ws = io.integra.storage.jdbc.JdbcWorkspace.open(newTarget(), false, clock);
    ws.importCaseBase(new RandomCaseBases(seed, codebook()).caseBase(cases, codings), BundledData.codebookText(), NOTE);
    return ws;
  }

  @Test
  void seedsFromTheBundledCaseBaseOnFirstUseOnly() {
    String target = newTarget();
    CaseBase bundled = Canonical.of(BundledData.caseBase());
    long revisions;
    try (Workspace ws = Workspaces.open(target)) {
      CaseBase cb = Canonical.of(ws.caseBase());
      assertThat(cb.cases()).isEqualTo(bundled.cases());
      assertThat(cb.bibliography()).isEqualTo(bundled.bibliography());
      assertThat(ws.codebookText()).isEqualTo(BundledData.codebookText());
      WorkspaceInfo info = ws.info();
      assertThat(info.kind()).isEqualTo(kind());
      assertThat(info.seededFrom()).isEqualTo(BundledData.hash());
      assertThat(info.bundledNewer()).isFalse();
      assertThat(info.sources()).isEqualTo(bundled.bibliography().size());
      revisions = info.revisions();
      assertThat(revisions).isPositive();
    }
    try (Workspace ws = Workspaces.open(target)) {
      assertThat(ws.info().revisions()).as("not seeded twice").isEqualTo(revisions);
    }
  }

  /** As if an older program with other bundled data had seeded the workspace. */
  private static void pretendSeededByAnOlderVersion(String target) throws Exception {
    try (io.integra.storage.jdbc.JdbcWorkspace ws = io.integra.storage.jdbc.JdbcWorkspace.open(target, false);
         java.sql.Statement s = ws.connection().createStatement()) {
      s.executeUpdate("UPDATE ws_meta SET meta_value = 'sha256:older' WHERE meta_key = 'seeded_from'");
    }
  }

  @Test
  void anUntouchedWorkspaceFollowsNewerBundledData() throws Exception {
    String target = newTarget();
    try (Workspace ws = Workspaces.open(target)) {
      ws.caseBase();
    }
    pretendSeededByAnOlderVersion(target);
    try (Workspace ws = Workspaces.open(target)) {
      WorkspaceInfo info = ws.info();
      assertThat(info.seededFrom()).isEqualTo(BundledData.hash());
      assertThat(info.bundledNewer()).isFalse();
      assertThat(Canonical.of(ws.caseBase()).cases()).isEqualTo(Canonical.of(BundledData.caseBase()).cases());
    }
  }

  @Test
  void infoSaysWhenTheBundledDataDiffersFromTheSeedAndLeavesAnEditedWorkspaceAlone() throws Exception {
    String target = newTarget();
    CaseBase before;
    try (Workspace ws = Workspaces.open(target)) {
      IntegrationCase c = ws.caseBase().cases().get(0);
      Lens lens = ws.caseBase().codebook().lenses().get(0);
      CodingKey key = new CodingKey(c.id(), lens.id(), "ana", c.foundedOn());
      ws.code(new CriterionEdit(key, "continuous", lens.criteria().get(0).id(), 0.4, "an edit", null, 0L), new ChangeNote("ana", "a team's edit"));
      before = ws.caseBase();
    }
    pretendSeededByAnOlderVersion(target);
    try (Workspace ws = Workspaces.open(target)) {
      WorkspaceInfo info = ws.info();
      assertThat(info.seededFrom()).isEqualTo("sha256:older");
      assertThat(info.bundledNewer()).isTrue();
      assertThat(ws.caseBase().cases()).isEqualTo(before.cases());
    }
  }

  @Test
  void codingAnEditCreatesThenUpdatesWithHistoryAndEarlierStates() throws Exception {
    // each change one minute after the previous: distinct times without waiting
    TickingClock clock = new TickingClock(Instant.parse("2020-01-01T00:00:00Z"), java.time.Duration.ofMinutes(1));
    try (Workspace ws = withRandomCases(1, 1, 0, clock)) {
      String caseId = ws.caseIds().get(0);
      Lens lens = ws.codebook().lenses().get(0);
      String crit = lens.criteria().get(0).id();
      CodingKey key = new CodingKey(caseId, lens.id(), "ana", LocalDate.of(2001, 1, 1));
      StoredCoding v1 = ws.code(new CriterionEdit(key, "continuous", crit, 0.25, "first reading", null, 0L), new ChangeNote("ana", "initial coding"));
      assertThat(v1.version()).isEqualTo(1);
      Instant afterFirst = ws.history(caseId).get(ws.history(caseId).size() - 1).at();
      // the import was stamped at the clock's first reading, this edit at its second
      assertThat(afterFirst).isEqualTo(Instant.parse("2020-01-01T00:01:00Z"));
      StoredCoding v2 = ws.code(new CriterionEdit(key, null, crit, 0.75, "second reading", null, 1L), new ChangeNote("bo", "new source read"));
      assertThat(v2.version()).isEqualTo(2);
      assertThat(ws.coding(key).orElseThrow().coding().criterion(crit).orElseThrow().score()).isEqualTo(0.75);

      List<HistoryEntry> codingHistory = ws.history(caseId).stream().filter(h -> h.entity().equals("coding")).toList();
      assertThat(codingHistory).hasSize(2);
      HistoryEntry last = codingHistory.get(1);
      assertThat(last.actor()).isEqualTo("bo");
      assertThat(last.note()).isEqualTo("new source read");
      assertThat(last.action()).isEqualTo("update");
      assertThat(last.before()).contains("0.25").contains("first reading");
      assertThat(last.after()).contains("0.75").contains("second reading");
      assertThat(codingHistory.get(0).before()).isNull();

      Coding then = ws.codingAsOf(key, afterFirst).orElseThrow();
      assertThat(then.criterion(crit).orElseThrow().score()).isEqualTo(0.25);
      assertThat(ws.codingAsOf(key, Instant.now()).orElseThrow().criterion(crit).orElseThrow().score()).isEqualTo(0.75);
      assertThat(ws.codingAsOf(key, afterFirst.minusSeconds(3600))).isEmpty();
      assertThat(ws.codingsAsOf(caseId, lens.id(), afterFirst)).containsExactly(then);
      assertThat(ws.history(caseId, afterFirst).stream().filter(h -> h.entity().equals("coding"))).hasSize(1);

      ws.deleteCoding(key, 2L, new ChangeNote("ana", "coded the wrong period"));
      assertThat(ws.coding(key)).isEmpty();
      Instant afterDelete = Instant.now().plusMillis(1);
      assertThat(ws.codingAsOf(key, afterDelete)).isEmpty();
      assertThat(ws.codingAsOf(key, afterFirst)).contains(then);
    }
  }

  @Test
  void aSecondWriterOfTheSameVersionGetsAConflictAndNothingIsWritten() {
    String target = newTarget();
    try (Workspace setup = Workspaces.openEmpty(target)) {
      setup.importCaseBase(new RandomCaseBases(2, codebook()).caseBase(1, 0), BundledData.codebookText(), NOTE);
    }
    try (Workspace a = Workspaces.open(target); Workspace b = Workspaces.open(target)) {
      String caseId = a.caseIds().get(0);
      Lens lens = a.codebook().lenses().get(0);
      String crit = lens.criteria().get(0).id();
      CodingKey key = new CodingKey(caseId, lens.id(), "ana", LocalDate.of(2001, 1, 1));
      a.code(new CriterionEdit(key, "continuous", crit, 0.5, "r", null, 0L), NOTE);
      long readByA = a.coding(key).orElseThrow().version();
      long readByB = b.coding(key).orElseThrow().version();
      a.code(new CriterionEdit(key, null, crit, 0.9, "a's edit", null, readByA), new ChangeNote("a", "a edits"));
      int historyBefore = b.history(caseId).size();
      assertThatThrownBy(() -> b.code(new CriterionEdit(key, null, crit, 0.1, "b's edit", null, readByB), new ChangeNote("b", "b edits")))
          .isInstanceOf(ConflictException.class).hasMessageContaining("conflict").hasMessageContaining("version 2")
          .hasMessageContaining("nothing was written");
      assertThat(b.coding(key).orElseThrow().coding().criterion(crit).orElseThrow().score()).isEqualTo(0.9);
      assertThat(b.history(caseId)).hasSize(historyBefore);
      // a new coding that someone else created meanwhile is a conflict too
      CodingKey fresh = new CodingKey(caseId, lens.id(), "chen", LocalDate.of(2001, 1, 1));
      a.code(new CriterionEdit(fresh, "continuous", crit, 0.5, "r", null, 0L), NOTE);
      assertThatThrownBy(() -> b.code(new CriterionEdit(fresh, "continuous", crit, 0.6, "r", null, 0L), NOTE)).isInstanceOf(ConflictException.class);
    }
  }

  @Test
  void badInputIsRefusedWithAClearMessageAndLeavesTheStoreUnchanged() {
    try (Workspace ws = withRandomCases(3, 2, 4)) {
      String caseId = ws.caseIds().get(0);
      Lens lens = ws.codebook().lenses().get(0);
      String crit = lens.criteria().get(0).id();
      CaseBase before = ws.caseBase();
      int history = ws.history(caseId).size();
      CodingKey key = new CodingKey(caseId, lens.id(), "ana", LocalDate.of(1980, 1, 1));
      assertThatThrownBy(() -> ws.code(new CriterionEdit(new CodingKey("no-such-case", lens.id(), "ana", LocalDate.of(2000, 1, 1)), "continuous", crit, 0.5, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("no case 'no-such-case'");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(new CodingKey(caseId, "no-lens", "ana", LocalDate.of(2000, 1, 1)), "continuous", crit, 0.5, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("unknown lens 'no-lens'");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(key, "continuous", "no-criterion", 0.5, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("unknown criterion 'no-criterion'");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(key, "four-value", crit, 0.5, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("not on scale 'four-value'");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(key, "continuous", crit, 1.5, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("outside [0,1]");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(key, "continuous", crit, Double.NaN, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("score NaN").hasMessageContaining("outside [0,1]");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(key, "continuous", crit, Double.POSITIVE_INFINITY, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("outside [0,1]");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(key, null, crit, 0.5, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("give its scale");
      assertThatThrownBy(() -> ws.code(new CriterionEdit(key, "no-scale", crit, 0.5, "r", null, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("unknown scale 'no-scale'");
      assertThatThrownBy(() -> new ChangeNote("ana", "  ")).isInstanceOf(InvalidEditException.class).hasMessageContaining("note");
      Coding overlapping = new Coding(lens.id(), "ana", LocalDate.of(1980, 1, 1), LocalDate.of(1979, 1, 1), "continuous", null, List.of());
      assertThatThrownBy(() -> ws.saveCoding(caseId, overlapping, null, NOTE)).isInstanceOf(InvalidEditException.class).hasMessageContaining("before or on the day");
      assertThat(ws.caseBase().cases()).isEqualTo(before.cases());
      assertThat(ws.history(caseId)).hasSize(history);
    }
  }

  @Test
  void coderScoresGiveAgreementAndAReconciledCodingIsRecordedApart() {
    try (Workspace ws = withRandomCases(4, 1, 0)) {
      String caseId = ws.caseIds().get(0);
      Lens lens = ws.codebook().lenses().get(0);
      LocalDate from = LocalDate.of(2000, 1, 1);
      double[] ana = {0.0, 0.33, 0.67, 1.0};
      double[] bo = {0.0, 0.67, 0.67, 1.0};
      for (int i = 0; i < 4; i++) {
        String crit = lens.criteria().get(i).id();
        ws.code(new CriterionEdit(new CodingKey(caseId, lens.id(), "ana", from), "four-value", crit, ana[i], "ana", null, null), new ChangeNote("ana", "coding"));
        ws.code(new CriterionEdit(new CodingKey(caseId, lens.id(), "bo", from), "four-value", crit, bo[i], "bo", null, null), new ChangeNote("bo", "coding"));
      }
      AgreementReport report = Agreement.of(lens, List.of(ws.findCase(caseId).orElseThrow()), Set.of(Reconciliation.CODER));
      assertThat(report.coders()).containsExactly("ana", "bo");
      assertThat(report.overall().units()).isEqualTo(4);
      assertThat(report.disagreements()).hasSize(1);
      assertThat(report.disagreements().get(0).crossesHalf()).isTrue();
      assertThat(report.disagreements().get(0).unit().criterion()).isEqualTo(lens.criteria().get(1).id());

      List<CriterionCoding> agreed = List.of(new CriterionCoding(lens.criteria().get(1).id(), 0.33, "the treaty text decides it", List.of()));
      StoredCoding rec = ws.reconcile(new Reconciliation(caseId, lens.id(), from, null, null, List.of("ana", "bo"), "met and discussed", agreed, 0L),
          new ChangeNote("ana", "reconciliation meeting"));
      assertThat(rec.coding().coder()).isEqualTo(Reconciliation.CODER);
      assertThat(rec.coding().note()).contains("ana, bo").contains("met and discussed");
      assertThat(ws.history(caseId).get(ws.history(caseId).size() - 1).action()).isEqualTo("reconcile");
      AgreementReport again = Agreement.of(lens, List.of(ws.findCase(caseId).orElseThrow()), Set.of(Reconciliation.CODER));
      assertThat(again.coders()).containsExactly("ana", "bo");
      assertThatThrownBy(() -> ws.reconcile(new Reconciliation(caseId, lens.id(), from, null, null, List.of("ana", "zed"), "x", agreed, null), NOTE))
          .isInstanceOf(InvalidEditException.class).hasMessageContaining("'zed' has no coding");
    }
  }

  @Test
  void thePrimaryCoderDecidesUntilChangedWithItsHistoryAndANewCoderDecidesNothing() {
    try (Workspace ws = Workspaces.open(newTarget())) {
      // the default primary coders are the coders of the bundled codings, read from the data in the
      // order first met (the thesis's reading first)
      String bundledCoder = BundledData.caseBase().cases().stream().flatMap(c -> c.codings().stream()).findFirst().orElseThrow().coder();
      List<String> bundledCoders = BundledData.caseBase().cases().stream().flatMap(c -> c.codings().stream()).map(Coding::coder).distinct().toList();
      assertThat(ws.primaryCoder()).isEqualTo(String.join(",", bundledCoders));
      assertThat(bundledCoders.get(0)).isEqualTo(bundledCoder);
      IntegrationCase c = ws.caseBase().cases().stream().filter(x -> !x.codings().isEmpty()).findFirst().orElseThrow();
      Coding first = c.codings().get(0);
      LocalDate at = first.from();
      assertThat(c.primaryCoders()).containsExactlyElementsOf(bundledCoders);
      assertThat(c.codingAt(first.lens(), at, null).orElseThrow().coder()).isEqualTo(bundledCoder);
      // "aaron" sorts before every name and codes the same lens open-ended from an earlier date: nothing changes
      Lens lens = ws.codebook().lens(first.lens()).orElseThrow();
      String crit = lens.criteria().get(0).id();
      ws.code(new CriterionEdit(new CodingKey(c.id(), lens.id(), "aaron", at.minusYears(1)), "four-value", crit, 0.0, "r", null, null),
          new ChangeNote("aaron", "a second reading"));
      IntegrationCase after = ws.findCase(c.id()).orElseThrow();
      assertThat(after.codingAt(first.lens(), at, null).orElseThrow().coder()).isEqualTo(bundledCoder);
      assertThat(ws.caseBase().find(c.id()).orElseThrow().codingAt(first.lens(), at, null).orElseThrow().coder()).isEqualTo(bundledCoder);
      // made primary: aaron decides, and the change is in the history with its note
      assertThatThrownBy(() -> ws.setPrimaryCoder("nobody", NOTE)).isInstanceOf(InvalidEditException.class).hasMessageContaining("'nobody' has no coding");
      assertThatThrownBy(() -> ws.setPrimaryCoder(Reconciliation.CODER, NOTE)).isInstanceOf(InvalidEditException.class);
      ws.setPrimaryCoder("aaron", new ChangeNote("lead", "aaron's reading replaces the thesis's"));
      assertThat(ws.primaryCoder()).isEqualTo("aaron");
      assertThat(ws.findCase(c.id()).orElseThrow().codingAt(first.lens(), at, null).orElseThrow().coder()).isEqualTo("aaron");
      assertThat(ws.settingsHistory()).singleElement().satisfies(h -> {
        assertThat(h.action()).isEqualTo("primary");
        assertThat(h.before()).isEqualTo(String.join(",", bundledCoders));
        assertThat(h.after()).isEqualTo("aaron");
        assertThat(h.actor()).isEqualTo("lead");
        assertThat(h.note()).contains("replaces");
      });
    }
  }

  @Test
  void changedFactsAreReadAnewAlsoWhenAnotherConnectionChangedThem() {
    String target = newTarget();
    try (Workspace reader = Workspaces.open(target); Workspace writer = Workspaces.open(target)) {
      IntegrationCase c = reader.caseBase().cases().get(0);
      assertThat(reader.findCase(c.id()).orElseThrow().name()).isEqualTo(c.name());
      IntegrationCase renamed = new IntegrationCase(c.id(), c.name() + " (renamed)", c.shortName(), c.summary(), c.focus(), c.founding(),
          c.members(), c.institutions(), c.milestones(), c.policies(), List.of());
      writer.putCase(renamed, NOTE);
      assertThat(reader.findCase(c.id()).orElseThrow().name()).isEqualTo(c.name() + " (renamed)");
      assertThat(reader.caseBase().find(c.id()).orElseThrow().name()).isEqualTo(c.name() + " (renamed)");
      assertThat(reader.findCase(c.id()).orElseThrow().codings()).isEqualTo(c.codings());
      // facts the case reader refuses are refused with its message, and nothing changes
      IntegrationCase badFocus = new IntegrationCase(c.id(), c.name(), c.shortName(), c.summary(), List.of("no-such-dimension"), c.founding(),
          c.members(), c.institutions(), c.milestones(), c.policies(), List.of());
      assertThatThrownBy(() -> writer.putCase(badFocus, NOTE)).isInstanceOf(InvalidEditException.class)
          .hasMessageContaining("unknown dimension 'no-such-dimension' in focus");
      assertThat(reader.findCase(c.id()).orElseThrow().focus()).isEqualTo(c.focus());
    }
  }

  /** Property: over random workspaces, export → import into an empty workspace → export is lossless and byte-identical. */
  @Test
  void exportImportExportIsLosslessAndByteIdenticalOverRandomWorkspaces() throws Exception {
    int rounds = kind().equals("sqlite") ? 25 : 12;
    for (long seed = 100; seed < 100 + rounds; seed++) {
      CaseBase generated = new RandomCaseBases(seed, codebook()).caseBase(1 + (int) (seed % 4), (int) (seed % 13));
      Path first = tmp.resolve("export-" + seed + "-a");
      Path second = tmp.resolve("export-" + seed + "-b");
      try (Workspace a = Workspaces.openEmpty(newTarget()); Workspace b = Workspaces.openEmpty(newTarget())) {
        a.importCaseBase(generated, BundledData.codebookText(), NOTE);
        CaseBase stored = Canonical.of(a.caseBase());
        assertThat(stored.cases()).as("seed %d: stored = generated", seed).isEqualTo(Canonical.of(generated).cases());
        assertThat(stored.bibliography()).isEqualTo(Canonical.of(generated).bibliography());
        ReplicationPackage.export(a, first);
        ReplicationPackage.importInto(b, first, new ChangeNote("tester", "replication"));
        assertThat(Canonical.of(b.caseBase()).cases()).as("seed %d: imported = exported", seed).isEqualTo(stored.cases());
        assertThat(b.caseBase().bibliography()).isEqualTo(stored.bibliography());
        ReplicationPackage.export(b, second);
      }
      assertThat(files(second).keySet()).as("seed %d", seed).isEqualTo(files(first).keySet());
      for (Map.Entry<String, byte[]> f : files(first).entrySet()) {
        assertThat(Files.readAllBytes(second.resolve(f.getKey()))).as("seed %d %s", seed, f.getKey()).isEqualTo(f.getValue());
      }
    }
  }

  @Test
  void importValidatesEverythingFirstAndWritesNothingWhenAnythingIsWrong() throws Exception {
    Path pkg = tmp.resolve("pkg");
    try (Workspace a = withRandomCases(7, 3, 6)) {
      ReplicationPackage.export(a, pkg);
      assertThat(Files.readString(pkg.resolve("CITATION.cff"))).startsWith("cff-version: 1.2.0\n").contains("integra-ideal-type");
      assertThat(Files.readString(pkg.resolve("bibliography.bib"))).contains("@");
      assertThatThrownBy(() -> ReplicationPackage.importInto(a, pkg, NOTE)).isInstanceOf(InvalidEditException.class).hasMessageContaining("not empty");
    }
    Path bad = pkg.resolve("cases").resolve(Files.list(pkg.resolve("cases")).sorted().toList().get(2).getFileName());
    String text = Files.readString(bad);
    Files.writeString(bad, text.replaceFirst("name: ", "nmae: "), StandardCharsets.UTF_8);
    try (Workspace b = Workspaces.openEmpty(newTarget())) {
      assertThatThrownBy(() -> ReplicationPackage.importInto(b, pkg, NOTE)).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(bad.toString() + ":").hasMessageContaining("unknown key 'nmae'");
      assertThat(b.isEmpty()).isTrue();
      assertThat(b.info().revisions()).isZero();
    }
  }

  private static Map<String, byte[]> files(Path dir) throws Exception {
    Map<String, byte[]> out = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
    }
    return out;
  }
}

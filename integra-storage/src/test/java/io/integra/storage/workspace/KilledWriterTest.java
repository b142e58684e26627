package io.integra.storage.workspace;

import io.integra.storage.testing.RandomCaseBases;

import static org.assertj.core.api.Assertions.assertThat;

import io.integra.core.codebook.Lens;
import io.integra.storage.jdbc.BundledData;
import io.integra.storage.jdbc.JdbcWorkspace;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A writer killed with SIGKILL in the middle of its work leaves the database intact and every
 * change it reported as committed present.
 */
class KilledWriterTest {

  @AfterAll
  static void dropSchemas() { TestStores.dropPostgresSchemas(); }

  @Test
  void a_killed_writer_loses_nothing_it_committed_on_sqlite() throws Exception { killedWriterLosesNothing("sqlite"); }

  @Test
  @Tag("postgres")
  void a_killed_writer_loses_nothing_it_committed_on_postgresql() throws Exception { killedWriterLosesNothing("postgresql"); }

  private void killedWriterLosesNothing(String kind) throws Exception {
    String target = TestStores.newStore(kind);
    String caseId;
    Lens lens;
    try (Workspace ws = Workspaces.openEmpty(target)) {
      ws.importCaseBase(new RandomCaseBases(11, BundledData.caseBase().codebook()).caseBase(1, 0), BundledData.codebookText(), new ChangeNote("t", "setup"));
      caseId = ws.caseIds().get(0);
      lens = ws.codebook().lenses().get(0);
    }
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", cp, KillWriterMain.class.getName(), target, caseId, lens.id(), lens.criteria().get(0).id())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<Integer> committed = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("committed ")) committed.add(Integer.parseInt(line.substring(10)));
        if (committed.size() >= 60) break;
      }
      child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }
    assertThat(committed).hasSizeGreaterThanOrEqualTo(60);
    try (JdbcWorkspace ws = JdbcWorkspace.open(target, false)) {
      if (ws.isSqlite()) {
        try (Statement s = ws.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo("ok");
        }
      }
      List<String> notes = ws.history(caseId).stream().map(HistoryEntry::note).toList();
      for (int i : committed) assertThat(notes).as("committed change %d", i).contains("write " + i);
      int last = committed.get(committed.size() - 1);
      StoredCoding now = ws.coding(new CodingKey(caseId, lens.id(), "writer", LocalDate.of(2000, 1, 1))).orElseThrow();
      assertThat(now.version()).isGreaterThanOrEqualTo(last);
      // the history and the coding agree: one coding entry per committed version, nothing half-written
      long codingEntries = ws.history(caseId).stream().filter(h -> h.entity().equals("coding")).count();
      assertThat(codingEntries).isEqualTo(now.version());
    }
  }
}

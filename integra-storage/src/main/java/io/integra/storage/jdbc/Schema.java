package io.integra.storage.jdbc;

import io.integra.casebase.CodebookReader;
import io.integra.casebase.write.BibliographyWriter;
import io.integra.casebase.write.CaseWriter;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CaseRules;
import io.integra.core.cases.CodingRules;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.storage.workspace.Canonical;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.InvalidEditException;
import io.integra.storage.workspace.WorkspaceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;

/**
 * The schema and the workspace's content as a whole: Flyway migrations (skipped when the database
 * is at {@link JdbcWorkspace#LATEST_SCHEMA}), seeding a new workspace from the bundled case base,
 * refreshing an untouched one when the bundled data change, and importing a whole case base.
 */
record Schema(Db db, History history, Catalog catalog) {
  void migrate() {
    if (JdbcWorkspace.LATEST_SCHEMA.equals(version())) return;
    try {
      Flyway.configure().dataSource(db.url, null, null).locations(JdbcWorkspace.MIGRATIONS).load().migrate();
    } catch (RuntimeException e) {
      throw new WorkspaceException("cannot prepare the workspace " + db.location + ": " + e.getMessage(), e);
    }
  }

  /** The newest migration applied, or null for a new database. */
  String version() {
    try (Statement s = db.conn.createStatement();
         ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = " + db.dialect.trueLiteral
             + " AND version IS NOT NULL ORDER BY installed_rank DESC")) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      return null; // no history table yet: a new database
    }
  }

  void seedIfNew() {
    if (db.read(() -> db.metaIn("initialised")) != null) {
      refreshIfUntouched();
      return;
    }
    CaseBase bundled = BundledData.caseBase();
    String text = BundledData.codebookText();
    String hash = BundledData.hash();
    db.write(() -> {
      long at = history.stamp();
      if (db.metaIn("initialised") != null) return null; // another process seeded it meanwhile
      importInto(bundled, text, new ChangeNote("integra", "seeded from the bundled case base " + hash), "seed", at);
      db.putMeta("seeded_from", hash);
      db.putMeta("seeded_at", Long.toString(at));
      return null;
    });
  }

  /**
   * A workspace seeded from an older bundled case base that nobody has changed since is brought up
   * to the bundled case base of this program (its codebook, cases and bibliography), so that a new
   * version of Integra does not keep showing the old reference data. A workspace with any edit,
   * import or reconciliation is never touched: {@code workspace info} says the bundled data differ.
   */
  private void refreshIfUntouched() {
    String hash = BundledData.hash();
    String seeded = db.read(() -> db.metaIn("seeded_from"));
    if (seeded == null || seeded.equals(hash)) return;
    db.write(() -> {
      String now = db.metaIn("seeded_from");
      if (now == null || now.equals(hash)) return null; // another process refreshed it meanwhile
      if (db.longQuery("SELECT COUNT(*) FROM ws_history WHERE action <> 'seed'") > 0) return null;
      long at = history.stamp();
      db.update("DELETE FROM ws_criterion_coding");
      db.update("DELETE FROM ws_coding");
      db.update("DELETE FROM ws_case");
      db.update("DELETE FROM ws_source");
      db.update("DELETE FROM ws_codebook");
      importInto(BundledData.caseBase(), BundledData.codebookText(),
          new ChangeNote("integra", "refreshed from the bundled case base " + hash + " (seeded from " + now + ", never edited)"), "seed", at);
      db.putMeta("seeded_from", hash);
      db.putMeta("seeded_at", Long.toString(at));
      return null;
    });
  }

  /** Imports a whole case base into an empty workspace, in batches, with one history entry per item. */
  void importInto(CaseBase caseBase, String text, ChangeNote note, String action, long at) throws SQLException {
    long cases = db.longQuery("SELECT COUNT(*) FROM ws_case"), sources = db.longQuery("SELECT COUNT(*) FROM ws_source"),
        books = db.longQuery("SELECT COUNT(*) FROM ws_codebook");
    if (cases + sources + books > 0) {
      throw new InvalidEditException("the workspace " + db.location + " is not empty (" + cases + " cases, " + sources
          + " sources); import into a new workspace, e.g. --workspace new.db");
    }
    Problems problems = new Problems();
    Codebook cb = CodebookReader.read("codebook.yaml", text, problems);
    if (cb == null) throw Catalog.invalid(problems);
    CaseBase canon = Canonical.of(new CaseBase(cb, caseBase.cases(), caseBase.bibliography()));
    checkRules(canon);
    int codingCount = canon.cases().stream().mapToInt(c -> c.codings().size()).sum();
    long rev = history.nextRevisions(1 + canon.bibliography().size() + canon.cases().size() + codingCount);
    long codingId = history.nextCounter("coding", codingCount);
    db.update("INSERT INTO ws_codebook (slot, codebook_id, codebook_version, yaml) VALUES (1, ?, ?, ?)", cb.id(), cb.version(), text);
    List<Object[]> entries = new ArrayList<>();
    entries.add(new Object[] {rev++, at, note.actor(), action, "codebook", null, cb.id() + "@" + cb.version(), null, text, note.note()});
    try (PreparedStatement ps = db.conn.prepareStatement("INSERT INTO ws_source (source_key, source_type, author, title, source_year, publisher, url, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Source s : canon.bibliography()) {
        Db.bind(ps, s.key(), s.type(), s.author(), s.title(), s.year(), s.publisher(), s.url(), s.note());
        ps.addBatch();
        entries.add(new Object[] {rev++, at, note.actor(), action, "source", null, s.key(), null, BibliographyWriter.write(List.of(s)), note.note()});
      }
      ps.executeBatch();
    }
    try (PreparedStatement cs = db.conn.prepareStatement("INSERT INTO ws_case (case_id, facts, version, changed_at, changed_by) VALUES (?, ?, 1, ?, ?)");
         PreparedStatement ks = db.conn.prepareStatement("INSERT INTO ws_coding (coding_id, case_id, lens, coder, period_from, period_to, scale, note, version, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
         PreparedStatement ccs = db.conn.prepareStatement(Codings.INSERT_CRITERION)) {
      int pending = 0;
      for (IntegrationCase c : canon.cases()) {
        String facts = CaseWriter.write(Canonical.withCodings(c, List.of()));
        Db.bind(cs, c.id(), facts, at, note.actor());
        cs.addBatch();
        entries.add(new Object[] {rev++, at, note.actor(), action, "case", c.id(), c.id(), null, facts, note.note()});
        for (Coding k : c.codings()) {
          long id = codingId++;
          CodingKey key = new CodingKey(c.id(), k.lens(), k.coder(), k.from());
          Db.bind(ks, id, c.id(), k.lens(), k.coder(), k.from().toString(), k.to() == null ? null : k.to().toString(), k.scale(), k.note(), at, note.actor());
          ks.addBatch();
          Lens lens = cb.lens(k.lens()).orElse(null);
          for (CriterionCoding cc : k.criteria()) {
            Db.bind(ccs, id, cc.criterion(), Canonical.position(lens, cc.criterion()), cc.score(), cc.rationale(), Json.evidence(cc.evidence()));
            ccs.addBatch();
            pending++;
          }
          entries.add(new Object[] {rev++, at, note.actor(), action, "coding", c.id(), key.text(), null, Json.coding(k, 1), note.note()});
        }
        if (pending > 5000) {
          cs.executeBatch();
          ks.executeBatch();
          ccs.executeBatch();
          pending = 0;
        }
      }
      cs.executeBatch();
      ks.executeBatch();
      ccs.executeBatch();
    }
    try (PreparedStatement hs = db.conn.prepareStatement(History.INSERT)) {
      int n = 0;
      for (Object[] h : entries) {
        Db.bind(hs, h);
        hs.addBatch();
        if (++n % 5000 == 0) hs.executeBatch();
      }
      hs.executeBatch();
    }
    db.putMeta("initialised", Long.toString(at));
    catalog.forget();
  }

  /**
   * The imported facts and codings follow their rules, {@code core/cases/CaseRules} and
   * {@code CodingRules} (a package read from files was checked by the case reader already; records
   * handed in directly are checked here, on the records, so no stored text fails to read back).
   */
  private static void checkRules(CaseBase canon) {
    Set<String> keys = canon.bibliography().stream().map(Source::key).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (IntegrationCase c : canon.cases()) {
      for (CaseRules.Problem p : CaseRules.check(canon.codebook(), keys, c)) problems.add("case " + c.id() + ": " + p.text());
      for (CodingRules.Problem p : CodingRules.check(canon.codebook(), keys, c.codings())) problems.add("case " + c.id() + ": " + p.text());
    }
    if (!problems.isEmpty()) throw new InvalidEditException(problems.stream().distinct().collect(Collectors.joining("\n")));
  }
}

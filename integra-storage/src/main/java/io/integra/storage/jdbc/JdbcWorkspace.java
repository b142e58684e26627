package io.integra.storage.jdbc;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.storage.workspace.Canonical;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.CriterionEdit;
import io.integra.storage.workspace.HistoryEntry;
import io.integra.storage.workspace.InvalidEditException;
import io.integra.storage.workspace.Reconciliation;
import io.integra.storage.workspace.StoredCoding;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.WorkspaceInfo;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workspace on SQLite or PostgreSQL through plain JDBC, with the schema from Flyway
 * migrations shared by both. One connection per instance; every public method is one transaction
 * (writes also record their history entries in it), so a killed process leaves either the whole
 * change or none of it. SQLite runs in WAL mode with full synchronisation and takes its write lock
 * when a write transaction begins ({@code BEGIN IMMEDIATE}); PostgreSQL serialises writers on the
 * revision counter's row. Concurrent edits of one coding are caught by its version column.
 *
 * <p>This class is the facade; the parts live in package-private classes: {@link Dialect}
 * (SQLite vs PostgreSQL), {@link Db} (connection and transactions), {@link Schema} (migrations,
 * seeding, import), {@link Catalog} (codebook, bibliography, case facts), {@link Codings}
 * (codings and their edits), {@link History} (history, counters, clock) and {@link Settings}.
 */
public final class JdbcWorkspace implements Workspace {
  /**
   * The newest migration; a database at this version skips Flyway (keeps start-up fast). Raise it
   * with every new migration file: SchemaUpgradeTest fails when it names an older one, since a
   * workspace at that older version would then never receive the newer migrations.
   */
  static final String LATEST_SCHEMA = "2";
  static final String MIGRATIONS = "classpath:io/integra/storage/migration";
  /** Meta key of the designated primary coder (absent: the bundled data's coder). */
  static final String PRIMARY_CODER = "primary_coder";

  private final Db db;
  private final History history;
  private final Catalog catalog;
  private final Codings codings;
  private final Schema schema;
  private final Settings settings;

  private JdbcWorkspace(Db db, Clock clock) {
    this.db = db;
    this.history = new History(db, clock);
    this.catalog = new Catalog(db, history);
    this.codings = new Codings(db, history, catalog);
    this.schema = new Schema(db, history, catalog);
    this.settings = new Settings(db, history);
  }

  /** Opens a workspace (creating and migrating it as needed); seeds a new one from the bundled case base when {@code seed}. */
  public static JdbcWorkspace open(String target, boolean seed) { return open(target, seed, Clock.systemUTC()); }

  /** As {@link #open(String, boolean)}, with the clock that times the changes (tests give a fixed one). */
  public static JdbcWorkspace open(String target, boolean seed, Clock clock) {
    String url = jdbcUrl(target);
    Dialect dialect = Dialect.of(url, target);
    Connection conn = dialect.connect(url);
    JdbcWorkspace ws = new JdbcWorkspace(new Db(url, dialect.location(url), dialect, conn), clock);
    try {
      ws.schema.migrate();
      if (seed) ws.schema.seedIfNew();
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
    return ws;
  }

  /** The JDBC URL of a workspace target: a JDBC URL as it is, else an SQLite file path. */
  public static String jdbcUrl(String target) { return Dialect.jdbcUrl(target); }

  /** The URL without its password, fit to show. */
  static String redact(String url) { return Dialect.redact(url); }

  public boolean isSqlite() { return db.dialect == Dialect.SQLITE; }

  /** The open connection (tests check integrity through it). */
  public Connection connection() { return db.conn; }

  // ------------------------------------------------------------------ reads

  @Override
  public synchronized WorkspaceInfo info() {
    return db.read(() -> {
      String seeded = db.metaIn("seeded_from");
      String seededAt = db.metaIn("seeded_at");
      long revisions = db.longQuery("SELECT counter_value FROM ws_counter WHERE counter_name = 'revision'");
      long last = db.longQuery("SELECT COALESCE(MAX(at_ms), 0) FROM ws_history");
      String bundled = BundledData.hash();
      return new WorkspaceInfo(db.location, db.dialect.kind, schema.version(),
          (int) db.longQuery("SELECT COUNT(*) FROM ws_case"), (int) db.longQuery("SELECT COUNT(*) FROM ws_coding"),
          (int) db.longQuery("SELECT COUNT(*) FROM ws_source"), revisions, last == 0 ? null : Instant.ofEpochMilli(last),
          seeded, seededAt == null ? null : Instant.ofEpochMilli(Long.parseLong(seededAt)), bundled,
          seeded != null && !seeded.equals(bundled));
    });
  }

  @Override
  public synchronized CaseBase caseBase() {
    return db.read(() -> {
      Codebook cb = catalog.codebookIn();
      if (cb == null) return null;
      List<Source> sources = catalog.sourcesIn();
      Set<String> keys = sources.stream().map(Source::key).collect(Collectors.toSet());
      Map<String, List<Coding>> byCase = new HashMap<>();
      // codings in the order they were recorded (never by coder name): the deciding-coding rule's
      // last resort reads it (DecidingCoding); exports put them back in canonical order
      for (StoredCoding sc : codings.recordedIn(null)) byCase.computeIfAbsent(sc.key().caseId(), k -> new ArrayList<>()).add(sc.coding());
      String primary = settings.primaryIn();
      List<IntegrationCase> cases = new ArrayList<>();
      for (String[] row : catalog.allFactsIn()) {
        IntegrationCase facts = catalog.parseFacts(cb, keys, row[0], row[1]);
        cases.add(Canonical.withCodings(facts, byCase.getOrDefault(facts.id(), List.of())).withPrimaryCoder(primary));
      }
      cases.sort(Comparator.comparing(IntegrationCase::id));
      return new CaseBase(cb, cases, sources);
    });
  }

  @Override
  public synchronized Codebook codebook() { return db.read(catalog::codebookIn); }

  @Override
  public synchronized String codebookText() { return db.read(catalog::codebookTextIn); }

  @Override
  public synchronized List<String> caseIds() { return db.read(catalog::caseIdsIn); }

  @Override
  public synchronized Optional<IntegrationCase> findCase(String caseId) {
    return db.read(() -> {
      String facts = catalog.factsIn(caseId);
      if (facts == null) return Optional.empty();
      IntegrationCase c = catalog.parseFacts(catalog.codebookIn(), catalog.sourceKeysIn(), caseId, facts);
      return Optional.of(Canonical.withCodings(c, codings.recordedIn(caseId).stream().map(StoredCoding::coding).toList())
          .withPrimaryCoder(settings.primaryIn()));
    });
  }

  @Override
  public synchronized List<StoredCoding> codings(String caseId) { return db.read(() -> codings.codingsIn(caseId)); }

  @Override
  public synchronized Optional<StoredCoding> coding(CodingKey key) { return db.read(() -> Optional.ofNullable(codings.codingIn(key))); }

  @Override
  public synchronized Optional<Coding> codingAsOf(CodingKey key, Instant at) { return db.read(() -> history.codingAsOf(key, at)); }

  @Override
  public synchronized List<Coding> codingsAsOf(String caseId, String lens, Instant at) {
    return db.read(() -> history.codingsAsOf(caseId, lens, at));
  }

  @Override
  public synchronized List<HistoryEntry> history(String caseId) { return history(caseId, null); }

  @Override
  public synchronized List<HistoryEntry> history(String caseId, Instant at) { return db.read(() -> history.ofCase(caseId, at)); }

  @Override
  public synchronized boolean isEmpty() {
    return db.read(() -> db.longQuery("SELECT COUNT(*) FROM ws_case") == 0 && db.longQuery("SELECT COUNT(*) FROM ws_source") == 0
        && db.longQuery("SELECT COUNT(*) FROM ws_codebook") == 0);
  }

  @Override
  public synchronized String primaryCoder() { return db.read(settings::primaryIn); }

  @Override
  public synchronized List<HistoryEntry> settingsHistory() { return db.read(history::ofSettings); }

  // ------------------------------------------------------------------ writes

  @Override
  public synchronized StoredCoding code(CriterionEdit e, ChangeNote note) {
    if (e == null || e.key() == null) throw new InvalidEditException("an edit needs its coding (case, lens, coder, period start)");
    return db.write(() -> codings.code(e, note));
  }

  @Override
  public synchronized StoredCoding saveCoding(String caseId, Coding coding, Long expectedVersion, ChangeNote note) {
    if (coding == null || caseId == null) throw new InvalidEditException("a coding and its case are required");
    return db.write(() -> codings.save(caseId, coding, expectedVersion, note));
  }

  @Override
  public synchronized void deleteCoding(CodingKey key, Long expectedVersion, ChangeNote note) {
    db.write(() -> {
      codings.delete(key, expectedVersion, note);
      return null;
    });
  }

  @Override
  public synchronized StoredCoding reconcile(Reconciliation r, ChangeNote note) {
    if (r == null) throw new InvalidEditException("a reconciliation is required");
    if (r.rationale() == null || r.rationale().isBlank()) throw new InvalidEditException("a reconciled coding needs its rationale");
    if (r.coders().size() < 2) throw new InvalidEditException("a reconciliation reconciles two or more coders' codings; got " + r.coders());
    return db.write(() -> codings.reconcile(r, note));
  }

  @Override
  public synchronized void putCase(IntegrationCase facts, ChangeNote note) {
    if (facts == null) throw new InvalidEditException("a case is required");
    db.write(() -> {
      catalog.putCase(facts, note);
      return null;
    });
  }

  @Override
  public synchronized void importCaseBase(CaseBase caseBase, String codebookText, ChangeNote note) {
    db.write(() -> {
      schema.importInto(caseBase, codebookText, note, "import", history.stamp());
      return null;
    });
  }

  @Override
  public synchronized void setPrimaryCoder(String coder, ChangeNote note) {
    Settings.checkPrimary(coder, note);
    db.write(() -> {
      settings.setPrimary(coder, note);
      return null;
    });
  }

  @Override
  public synchronized void close() { db.close(); }

  @Override
  public String toString() { return "workspace " + db.location; }
}

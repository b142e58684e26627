package io.integra.storage.jdbc;

import io.integra.casebase.CaseReader;
import io.integra.casebase.CodebookReader;
import io.integra.casebase.write.CaseWriter;
import io.integra.casebase.yaml.Location;
import io.integra.casebase.yaml.Problem;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.storage.workspace.Canonical;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.ConflictException;
import io.integra.storage.workspace.CriterionEdit;
import io.integra.storage.workspace.HistoryEntry;
import io.integra.storage.workspace.InvalidEditException;
import io.integra.storage.workspace.Reconciliation;
import io.integra.storage.workspace.StoredCoding;
import io.integra.storage.workspace.Workspace;
import io.integra.storage.workspace.WorkspaceException;
import io.integra.storage.workspace.WorkspaceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * The workspace on SQLite or PostgreSQL through plain JDBC, with the schema from Flyway
 * migrations shared by both. One connection per instance; every public method is one transaction
 * (writes also record their history entries in it), so a killed process leaves either the whole
 * change or none of it. SQLite runs in WAL mode with full synchronisation and takes its write lock
 * when a write transaction begins ({@code BEGIN IMMEDIATE}); PostgreSQL serialises writers on the
 * revision counter's row. Concurrent edits of one coding are caught by its version column.
 */
public final class JdbcWorkspace implements Workspace {
  /**
   * The newest migration; a database at this version skips Flyway (keeps start-up fast). Raise it
   * with every new migration file: SchemaUpgradeTest fails when it names an older one, since a
   * workspace at that older version would then never receive the newer migrations.
   */
  static final String LATEST_SCHEMA = "2";
  static final String MIGRATIONS = "classpath:io/integra/storage/migration";

  private final String url;
  private final String location;
  private final boolean sqlite;
  private final Connection conn;
  private String codebookText;
  private Codebook codebook;

  private JdbcWorkspace(String url, String location, boolean sqlite, Connection conn) {
    this.url = url;
    this.location = location;
    this.sqlite = sqlite;
    this.conn = conn;
  }

  /** Opens a workspace (creating and migrating it as needed); seeds a new one from the bundled case base when {@code seed}. */
  public static JdbcWorkspace open(String target, boolean seed) {
    String url = jdbcUrl(target);
    boolean sqlite = url.startsWith("jdbc:sqlite:");
    if (!sqlite && !url.startsWith("jdbc:postgresql:")) {
      throw new WorkspaceException("unsupported workspace '" + target + "'; expected an SQLite file path or a jdbc:postgresql:// URL");
    }
    Connection conn;
    try {
      if (sqlite) {
        Path file = Path.of(url.substring("jdbc:sqlite:".length()));
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        cfg.setBusyTimeout(30_000);
        cfg.enforceForeignKeys(true);
        cfg.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        conn = cfg.createConnection(url);
      } else {
        Properties p = new Properties();
        p.setProperty("reWriteBatchedInserts", "true");
        conn = DriverManager.getConnection(url, p);
      }
    } catch (SQLException | java.io.IOException e) {
      throw new WorkspaceException("cannot open the workspace " + redact(url) + ": " + e.getMessage(), e);
    }
    JdbcWorkspace ws = new JdbcWorkspace(url, sqlite ? url.substring("jdbc:sqlite:".length()) : redact(url), sqlite, conn);
    try {
      ws.migrate();
      if (seed) ws.seedIfNew();
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
    return ws;
  }

  /** The JDBC URL of a workspace target: a JDBC URL as it is, else an SQLite file path. */
  public static String jdbcUrl(String target) {
    if (target.startsWith("jdbc:")) return target;
    return "jdbc:sqlite:" + Path.of(target).toAbsolutePath().normalize();
  }

  /** The URL without its password, fit to show. */
  static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }

  public boolean isSqlite() { return sqlite; }

  /** The open connection (tests check integrity through it). */
  public Connection connection() { return conn; }

  // ------------------------------------------------------------------ schema and seeding

  private void migrate() {
    if (LATEST_SCHEMA.equals(schemaVersion())) return;
    try {
      Flyway.configure().dataSource(url, null, null).locations(MIGRATIONS).load().migrate();
    } catch (RuntimeException e) {
      throw new WorkspaceException("cannot prepare the workspace " + location + ": " + e.getMessage(), e);
    }
  }

  private String schemaVersion() {
    try (Statement s = conn.createStatement();
         ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = " + (sqlite ? "1" : "TRUE")
             + " AND version IS NOT NULL ORDER BY installed_rank DESC")) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      return null; // no history table yet: a new database
    }
  }

  private synchronized void seedIfNew() {
    if (meta("initialised") != null) {
      refreshIfUntouched();
      return;
    }
    CaseBase bundled = BundledData.caseBase();
    String text = BundledData.codebookText();
    String hash = BundledData.hash();
    write(() -> {
      long at = stamp();
      if (metaIn("initialised") != null) return null; // another process seeded it meanwhile
      importInto(bundled, text, new ChangeNote("integra", "seeded from the bundled case base " + hash), "seed", at);
      putMeta("seeded_from", hash);
      putMeta("seeded_at", Long.toString(at));
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
    String seeded = meta("seeded_from");
    if (seeded == null || seeded.equals(hash)) return;
    write(() -> {
      String now = metaIn("seeded_from");
      if (now == null || now.equals(hash)) return null; // another process refreshed it meanwhile
      if (longQuery("SELECT COUNT(*) FROM ws_history WHERE action <> 'seed'") > 0) return null;
      long at = stamp();
      update("DELETE FROM ws_criterion_coding");
      update("DELETE FROM ws_coding");
      update("DELETE FROM ws_case");
      update("DELETE FROM ws_source");
      update("DELETE FROM ws_codebook");
      importInto(BundledData.caseBase(), BundledData.codebookText(),
          new ChangeNote("integra", "refreshed from the bundled case base " + hash + " (seeded from " + now + ", never edited)"), "seed", at);
      putMeta("seeded_from", hash);
      putMeta("seeded_at", Long.toString(at));
      return null;
    });
  }

  // ------------------------------------------------------------------ reads

  @Override
  public synchronized WorkspaceInfo info() {
    return read(() -> {
      String seeded = metaIn("seeded_from");
      String seededAt = metaIn("seeded_at");
      long revisions = longQuery("SELECT counter_value FROM ws_counter WHERE counter_name = 'revision'");
      long last = longQuery("SELECT COALESCE(MAX(at_ms), 0) FROM ws_history");
      String bundled = BundledData.hash();
      return new WorkspaceInfo(location, sqlite ? "sqlite" : "postgresql", schemaVersion(),
          (int) longQuery("SELECT COUNT(*) FROM ws_case"), (int) longQuery("SELECT COUNT(*) FROM ws_coding"),
          (int) longQuery("SELECT COUNT(*) FROM ws_source"), revisions, last == 0 ? null : Instant.ofEpochMilli(last),
          seeded, seededAt == null ? null : Instant.ofEpochMilli(Long.parseLong(seededAt)), bundled,
          seeded != null && !seeded.equals(bundled));
    });
  }

  @Override
  public synchronized CaseBase caseBase() {
    return read(() -> {
      Codebook cb = codebookIn();
      if (cb == null) return null;
      List<Source> sources = sourcesIn();
      Set<String> keys = sources.stream().map(Source::key).collect(Collectors.toSet());
      Map<String, List<Coding>> codings = new HashMap<>();
      // codings in the order they were recorded (never by coder name): the deciding-coding rule's
      // last resort reads it (DecidingCoding); exports put them back in canonical order
      for (StoredCoding sc : codingsWhere(true, null)) codings.computeIfAbsent(sc.key().caseId(), k -> new ArrayList<>()).add(sc.coding());
      String primary = primaryIn();
      List<IntegrationCase> cases = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement("SELECT case_id, facts FROM ws_case ORDER BY case_id")) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            IntegrationCase facts = parseFacts(cb, keys, rs.getString(1), rs.getString(2));
            cases.add(Canonical.withCodings(facts, codings.getOrDefault(facts.id(), List.of())).withPrimaryCoder(primary));
          }
        }
      }
      cases.sort(Comparator.comparing(IntegrationCase::id));
      return new CaseBase(cb, cases, sources);
    });
  }

  @Override
  public synchronized Codebook codebook() { return read(this::codebookIn); }

  @Override
  public synchronized String codebookText() {
    return read(() -> {
      codebookIn();
      return codebookText;
    });
  }

  @Override
  public synchronized List<String> caseIds() {
    return read(() -> {
      List<String> ids = new ArrayList<>();
      try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT case_id FROM ws_case")) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      ids.sort(Comparator.naturalOrder());
      return ids;
    });
  }

  @Override
  public synchronized Optional<IntegrationCase> findCase(String caseId) {
    return read(() -> {
      String facts = factsIn(caseId);
      if (facts == null) return Optional.empty();
      Codebook cb = codebookIn();
      IntegrationCase c = parseFacts(cb, sourceKeysIn(), caseId, facts);
      return Optional.of(Canonical.withCodings(c, codingsWhere(true, "c.case_id = ?", caseId).stream().map(StoredCoding::coding).toList())
          .withPrimaryCoder(primaryIn()));
    });
  }

  @Override
  public synchronized List<StoredCoding> codings(String caseId) { return read(() -> codingsIn(caseId)); }

  @Override
  public synchronized Optional<StoredCoding> coding(CodingKey key) { return read(() -> Optional.ofNullable(codingIn(key))); }

  @Override
  public synchronized Optional<Coding> codingAsOf(CodingKey key, Instant at) {
    return read(() -> {
      try (PreparedStatement ps = conn.prepareStatement("SELECT after_value FROM ws_history WHERE entity = 'coding' AND entity_key = ? AND at_ms <= ? ORDER BY revision DESC LIMIT 1")) {
        ps.setString(1, key.text());
        ps.setLong(2, at.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next() || rs.getString(1) == null) return Optional.empty();
          return Optional.of(Json.coding(rs.getString(1)));
        }
      }
    });
  }

  @Override
  public synchronized List<Coding> codingsAsOf(String caseId, String lens, Instant at) {
    return read(() -> {
      Map<String, String> last = new LinkedHashMap<>();
      try (PreparedStatement ps = conn.prepareStatement("SELECT entity_key, after_value FROM ws_history WHERE entity = 'coding' AND case_id = ? AND at_ms <= ? ORDER BY revision")) {
        ps.setString(1, caseId);
        ps.setLong(2, at.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) last.put(rs.getString(1), rs.getString(2));
        }
      }
      return last.values().stream().filter(v -> v != null).map(Json::coding).filter(c -> lens == null || c.lens().equals(lens))
          .sorted(Canonical.CODING_ORDER).toList();
    });
  }

  @Override
  public synchronized List<HistoryEntry> history(String caseId) { return history(caseId, null); }

  @Override
  public synchronized List<HistoryEntry> history(String caseId, Instant at) {
    return read(() -> {
      List<HistoryEntry> out = new ArrayList<>();
      String sql = "SELECT revision, at_ms, actor, action, entity, case_id, entity_key, before_value, after_value, note FROM ws_history WHERE case_id = ?"
          + (at == null ? "" : " AND at_ms <= ?") + " ORDER BY revision";
      try (PreparedStatement ps = conn.prepareStatement(sql)) {
        ps.setString(1, caseId);
        if (at != null) ps.setLong(2, at.toEpochMilli());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new HistoryEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
          }
        }
      }
      return out;
    });
  }

  @Override
  public synchronized boolean isEmpty() {
    return read(() -> longQuery("SELECT COUNT(*) FROM ws_case") == 0 && longQuery("SELECT COUNT(*) FROM ws_source") == 0
        && longQuery("SELECT COUNT(*) FROM ws_codebook") == 0);
  }

  // ------------------------------------------------------------------ writes

  @Override
  public synchronized StoredCoding code(CriterionEdit e, ChangeNote note) {
    if (e == null || e.key() == null) throw new InvalidEditException("an edit needs its coding (case, lens, coder, period start)");
    return write(() -> {
      long at = stamp();
      CodingKey key = e.key();
      requireCase(key.caseId());
      Codebook cb = codebookIn();
      Lens lens = requireLens(cb, key.lens());
      if (lens.criterion(e.criterion()).isEmpty()) {
        throw new InvalidEditException("unknown criterion '" + e.criterion() + "' for lens '" + lens.id() + "'; expected one of "
            + String.join(", ", lens.criteria().stream().map(c -> c.id()).toList()));
      }
      StoredCoding existing = codingIn(key);
      checkVersion(key, existing, e.expectedVersion());
      String scale = e.scale() != null ? e.scale() : existing == null ? null : existing.coding().scale();
      if (scale == null) throw new InvalidEditException("coding " + key.text() + " is new: give its scale (one of "
          + String.join(", ", cb.scales().stream().map(s -> s.id()).toList()) + ")");
      List<CriterionCoding> criteria = new ArrayList<>(existing == null ? List.of() : existing.coding().criteria());
      CriterionCoding old = criteria.stream().filter(c -> c.criterion().equals(e.criterion())).findFirst().orElse(null);
      criteria.removeIf(c -> c.criterion().equals(e.criterion()));
      criteria.add(new CriterionCoding(e.criterion(), e.score(), e.rationale(),
          e.evidence() != null ? e.evidence() : old == null ? List.of() : old.evidence()));
      Coding coding = Canonical.of(new Coding(key.lens(), key.coder(), key.from(), existing == null ? null : existing.coding().to(), scale,
          existing == null ? null : existing.coding().note(), criteria), cb);
      validate(cb, key.caseId(), coding, key);
      return store(key, existing, coding, note, existing == null ? "create" : "update", at);
    });
  }

  @Override
  public synchronized StoredCoding saveCoding(String caseId, Coding coding, Long expectedVersion, ChangeNote note) {
    if (coding == null || caseId == null) throw new InvalidEditException("a coding and its case are required");
    return write(() -> {
      long at = stamp();
      requireCase(caseId);
      Codebook cb = codebookIn();
      requireLens(cb, coding.lens());
      if (coding.coder() == null || coding.coder().isBlank() || coding.from() == null) throw new InvalidEditException("a coding needs its coder and its period start");
      CodingKey key = new CodingKey(caseId, coding.lens(), coding.coder(), coding.from());
      StoredCoding existing = codingIn(key);
      checkVersion(key, existing, expectedVersion);
      Coding canonical = Canonical.of(coding, cb);
      validate(cb, caseId, canonical, key);
      return store(key, existing, canonical, note, existing == null ? "create" : "update", at);
    });
  }

  @Override
  public synchronized void deleteCoding(CodingKey key, Long expectedVersion, ChangeNote note) {
    write(() -> {
      long at = stamp();
      StoredCoding existing = codingIn(key);
      if (existing == null) throw new InvalidEditException("no coding " + key.text() + " in the workspace");
      checkVersion(key, existing, expectedVersion);
      long id = codingId(key);
      update("DELETE FROM ws_criterion_coding WHERE coding_id = ?", id);
      int n = update("DELETE FROM ws_coding WHERE coding_id = ? AND version = ?", id, existing.version());
      if (n != 1) throw conflict(key, existing.version());
      history(nextRevisions(1), at, note, "delete", "coding", key.caseId(), key.text(), Json.coding(existing.coding(), existing.version()), null);
      return null;
    });
  }

  @Override
  public synchronized StoredCoding reconcile(Reconciliation r, ChangeNote note) {
    if (r == null) throw new InvalidEditException("a reconciliation is required");
    if (r.rationale() == null || r.rationale().isBlank()) throw new InvalidEditException("a reconciled coding needs its rationale");
    if (r.coders().size() < 2) throw new InvalidEditException("a reconciliation reconciles two or more coders' codings; got " + r.coders());
    return write(() -> {
      long at = stamp();
      requireCase(r.caseId());
      Codebook cb = codebookIn();
      requireLens(cb, r.lens());
      for (String coder : r.coders()) {
        if (Reconciliation.CODER.equals(coder)) throw new InvalidEditException("'" + coder + "' is the reconciled coding itself, not a coder to reconcile");
        if (codingIn(new CodingKey(r.caseId(), r.lens(), coder, r.from())) == null) {
          throw new InvalidEditException("coder '" + coder + "' has no coding of " + r.caseId() + " through lens '" + r.lens() + "' from " + r.from());
        }
      }
      String scale = r.scale() != null ? r.scale() : codingIn(new CodingKey(r.caseId(), r.lens(), r.coders().get(0), r.from())).coding().scale();
      CodingKey key = r.key();
      StoredCoding existing = codingIn(key);
      checkVersion(key, existing, r.expectedVersion());
      String codingNote = "Reconciles " + String.join(", ", r.coders()) + ": " + r.rationale().strip();
      Coding coding = Canonical.of(new Coding(r.lens(), Reconciliation.CODER, r.from(), r.to(), scale, codingNote, r.criteria()), cb);
      validate(cb, r.caseId(), coding, key);
      return store(key, existing, coding, note, "reconcile", at);
    });
  }

  @Override
  public synchronized void putCase(IntegrationCase facts, ChangeNote note) {
    if (facts == null) throw new InvalidEditException("a case is required");
    write(() -> {
      long at = stamp();
      Codebook cb = codebookIn();
      if (cb == null) throw new InvalidEditException("the workspace has no codebook yet; import a case base first");
      String before = factsIn(facts.id());
      IntegrationCase bare = Canonical.withCodings(facts, List.of());
      String yaml = CaseWriter.write(bare);
      Problems problems = new Problems();
      new CaseReader(cb, sourceKeysIn(), problems).read("case " + facts.id(), yaml, new HashMap<>());
      if (!problems.isEmpty()) throw invalid(problems);
      if (before == null) {
        update("INSERT INTO ws_case (case_id, facts, version, changed_at, changed_by) VALUES (?, ?, 1, ?, ?)", facts.id(), yaml, at, note.actor());
      } else {
        update("UPDATE ws_case SET facts = ?, version = version + 1, changed_at = ?, changed_by = ? WHERE case_id = ?", yaml, at, note.actor(), facts.id());
      }
      history(nextRevisions(1), at, note, before == null ? "create" : "update", "case", facts.id(), facts.id(), before, yaml);
      return null;
    });
  }

  @Override
  public synchronized void importCaseBase(CaseBase caseBase, String codebookText, ChangeNote note) {
    write(() -> {
      long at = stamp();
      importInto(caseBase, codebookText, note, "import", at);
      return null;
    });
  }

  private void importInto(CaseBase caseBase, String text, ChangeNote note, String action, long at) throws SQLException {
    long cases = longQuery("SELECT COUNT(*) FROM ws_case"), sources = longQuery("SELECT COUNT(*) FROM ws_source"),
        books = longQuery("SELECT COUNT(*) FROM ws_codebook");
    if (cases + sources + books > 0) {
      throw new InvalidEditException("the workspace " + location + " is not empty (" + cases + " cases, " + sources
          + " sources); import into a new workspace, e.g. --workspace new.db");
    }
    Problems problems = new Problems();
    Codebook cb = CodebookReader.read("codebook.yaml", text, problems);
    if (cb == null) throw invalid(problems);
    CaseBase canon = Canonical.of(new CaseBase(cb, caseBase.cases(), caseBase.bibliography()));
    int codingCount = canon.cases().stream().mapToInt(c -> c.codings().size()).sum();
    long rev = nextRevisions(1 + canon.bibliography().size() + canon.cases().size() + codingCount);
    long codingId = nextCounter("coding", codingCount);
    update("INSERT INTO ws_codebook (slot, codebook_id, codebook_version, yaml) VALUES (1, ?, ?, ?)", cb.id(), cb.version(), text);
    List<Object[]> history = new ArrayList<>();
    history.add(new Object[] {rev++, at, note.actor(), action, "codebook", null, cb.id() + "@" + cb.version(), null, text, note.note()});
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ws_source (source_key, source_type, author, title, source_year, publisher, url, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (Source s : canon.bibliography()) {
        bind(ps, s.key(), s.type(), s.author(), s.title(), s.year(), s.publisher(), s.url(), s.note());
        ps.addBatch();
        history.add(new Object[] {rev++, at, note.actor(), action, "source", null, s.key(), null,
            io.integra.casebase.write.BibliographyWriter.write(List.of(s)), note.note()});
      }
      ps.executeBatch();
    }
    try (PreparedStatement cs = conn.prepareStatement("INSERT INTO ws_case (case_id, facts, version, changed_at, changed_by) VALUES (?, ?, 1, ?, ?)");
         PreparedStatement ks = conn.prepareStatement("INSERT INTO ws_coding (coding_id, case_id, lens, coder, period_from, period_to, scale, note, version, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
         PreparedStatement ccs = conn.prepareStatement("INSERT INTO ws_criterion_coding (coding_id, criterion, position, score, rationale, evidence) VALUES (?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (IntegrationCase c : canon.cases()) {
        String facts = CaseWriter.write(Canonical.withCodings(c, List.of()));
        bind(cs, c.id(), facts, at, note.actor());
        cs.addBatch();
        history.add(new Object[] {rev++, at, note.actor(), action, "case", c.id(), c.id(), null, facts, note.note()});
        for (Coding k : c.codings()) {
          long id = codingId++;
          CodingKey key = new CodingKey(c.id(), k.lens(), k.coder(), k.from());
          bind(ks, id, c.id(), k.lens(), k.coder(), k.from().toString(), k.to() == null ? null : k.to().toString(), k.scale(), k.note(), at, note.actor());
          ks.addBatch();
          Lens lens = cb.lens(k.lens()).orElse(null);
          for (CriterionCoding cc : k.criteria()) {
            bind(ccs, id, cc.criterion(), Canonical.position(lens, cc.criterion()), cc.score(), cc.rationale(), Json.evidence(cc.evidence()));
            ccs.addBatch();
            pending++;
          }
          history.add(new Object[] {rev++, at, note.actor(), action, "coding", c.id(), key.text(), null, Json.coding(k, 1), note.note()});
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
    try (PreparedStatement hs = conn.prepareStatement("INSERT INTO ws_history (revision, at_ms, actor, action, entity, case_id, entity_key, before_value, after_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (Object[] h : history) {
        bind(hs, h);
        hs.addBatch();
        if (++n % 5000 == 0) hs.executeBatch();
      }
      hs.executeBatch();
    }
    putMeta("initialised", Long.toString(at));
    codebook = null;
    codebookText = null;
  }

  // ------------------------------------------------------------------ helpers: domain

  private StoredCoding store(CodingKey key, StoredCoding existing, Coding coding, ChangeNote note, String action, long at) throws SQLException {
    long id;
    long version;
    if (existing == null) {
      id = nextCounter("coding", 1);
      version = 1;
      update("INSERT INTO ws_coding (coding_id, case_id, lens, coder, period_from, period_to, scale, note, version, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
          id, key.caseId(), key.lens(), key.coder(), key.from().toString(), coding.to() == null ? null : coding.to().toString(), coding.scale(), coding.note(), at, note.actor());
    } else {
      id = codingId(key);
      version = existing.version() + 1;
      int n = update("UPDATE ws_coding SET period_to = ?, scale = ?, note = ?, version = version + 1, changed_at = ?, changed_by = ? WHERE coding_id = ? AND version = ?",
          coding.to() == null ? null : coding.to().toString(), coding.scale(), coding.note(), at, note.actor(), id, existing.version());
      if (n != 1) throw conflict(key, existing.version());
      update("DELETE FROM ws_criterion_coding WHERE coding_id = ?", id);
    }
    Lens lens = codebookIn().lens(key.lens()).orElse(null);
    try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ws_criterion_coding (coding_id, criterion, position, score, rationale, evidence) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (CriterionCoding cc : coding.criteria()) {
        bind(ps, id, cc.criterion(), Canonical.position(lens, cc.criterion()), cc.score(), cc.rationale(), Json.evidence(cc.evidence()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    history(nextRevisions(1), at, note, action, "coding", key.caseId(), key.text(),
        existing == null ? null : Json.coding(existing.coding(), existing.version()), Json.coding(coding, version));
    return new StoredCoding(key, coding, version, Instant.ofEpochMilli(at), note.actor());
  }

  private void checkVersion(CodingKey key, StoredCoding existing, Long expected) {
    if (expected == null) return;
    long actual = existing == null ? 0 : existing.version();
    if (expected != actual) {
      String now = existing == null ? "it does not exist" : "it is at version " + actual + ", last changed by " + existing.changedBy() + " at " + existing.changedAt();
      throw new ConflictException("conflict: coding " + key.text() + " was changed since you read it (you expected version " + expected
          + "; " + now + "); nothing was written: reload it, reapply your change and quote the new version", expected, actual);
    }
  }

  private ConflictException conflict(CodingKey key, long expected) throws SQLException {
    StoredCoding now = codingIn(key);
    long actual = now == null ? 0 : now.version();
    return new ConflictException("conflict: coding " + key.text() + " was changed by another writer while you edited it (you read version "
        + expected + ", it is now " + (now == null ? "deleted" : "version " + actual + " by " + now.changedBy()) + "); nothing was written: reload and reapply", expected, actual);
  }

  /** Checks the case with the changed coding through the same reader that checks case files. */
  private void validate(Codebook cb, String caseId, Coding coding, CodingKey replaced) throws SQLException {
    // A score that is not a number (NaN, infinite) has no YAML form to check: refuse it as input.
    for (CriterionCoding cc : coding.criteria()) {
      if (!Double.isFinite(cc.score())) {
        throw new InvalidEditException("score " + cc.score() + " of '" + cc.criterion() + "' is outside [0,1]; expected a membership score from 0 to 1");
      }
    }
    IntegrationCase facts = parseFacts(cb, sourceKeysIn(), caseId, factsIn(caseId));
    List<Coding> codings = new ArrayList<>();
    for (StoredCoding sc : codingsIn(caseId)) if (!sc.key().equals(replaced)) codings.add(sc.coding());
    codings.add(coding);
    codings.sort(Canonical.CODING_ORDER);
    String yaml = CaseWriter.write(Canonical.withCodings(facts, codings));
    Problems problems = new Problems();
    IntegrationCase read = new CaseReader(cb, sourceKeysIn(), problems).read("case " + caseId, yaml, new HashMap<>());
    if (!problems.isEmpty() || read == null) throw invalid(problems);
  }

  private static InvalidEditException invalid(Problems problems) {
    return new InvalidEditException(problems.sorted().stream().map(p -> p.message() + (p.expected() == null ? "" : "; expected " + p.expected()))
        .distinct().collect(Collectors.joining("\n")));
  }

  private IntegrationCase parseFacts(Codebook cb, Set<String> sourceKeys, String caseId, String facts) {
    Problems problems = new Problems();
    IntegrationCase c = new CaseReader(cb, sourceKeys, problems).read("workspace case " + caseId, facts, new HashMap<>());
    if (c == null) {
      throw new WorkspaceException("the stored facts of case '" + caseId + "' do not read back: "
          + problems.sorted().stream().map(Problem::format).collect(Collectors.joining("; ")));
    }
    return c;
  }

  private void requireCase(String caseId) throws SQLException {
    if (factsIn(caseId) == null) {
      List<String> ids = new ArrayList<>();
      try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT case_id FROM ws_case")) {
        while (rs.next()) ids.add(rs.getString(1));
      }
      ids.sort(Comparator.naturalOrder());
      throw new InvalidEditException("no case '" + caseId + "' in the workspace; known cases: " + (ids.isEmpty() ? "none" : String.join(", ", ids)));
    }
  }

  private static Lens requireLens(Codebook cb, String lens) {
    if (cb == null) throw new InvalidEditException("the workspace has no codebook yet");
    return cb.lens(lens).orElseThrow(() -> new InvalidEditException("unknown lens '" + lens + "'; expected one of " + String.join(", ", cb.lensIds())));
  }

  private Codebook codebookIn() throws SQLException {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT yaml FROM ws_codebook WHERE slot = 1")) {
      if (!rs.next()) {
        codebook = null;
        codebookText = null;
        return null;
      }
      String text = rs.getString(1);
      if (codebook == null || !text.equals(codebookText)) {
        Problems problems = new Problems();
        Codebook cb = CodebookReader.read("workspace codebook", text, problems);
        if (cb == null) throw new WorkspaceException("the stored codebook does not read back: " + problems.sorted().get(0).format());
        codebook = cb;
        codebookText = text;
      }
      return codebook;
    }
  }

  private List<Source> sourcesIn() throws SQLException {
    List<Source> out = new ArrayList<>();
    try (Statement s = conn.createStatement();
         ResultSet rs = s.executeQuery("SELECT source_key, source_type, author, title, source_year, publisher, url, note FROM ws_source")) {
      while (rs.next()) out.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    }
    out.sort(Comparator.comparing(Source::key));
    return out;
  }

  private Set<String> sourceKeysIn() throws SQLException {
    Set<String> keys = new TreeSet<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT source_key FROM ws_source")) {
      while (rs.next()) keys.add(rs.getString(1));
    }
    return keys;
  }

  private String factsIn(String caseId) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT facts FROM ws_case WHERE case_id = ?")) {
      ps.setString(1, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private long codingId(CodingKey key) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT coding_id FROM ws_coding WHERE case_id = ? AND lens = ? AND coder = ? AND period_from = ?")) {
      bind(ps, key.caseId(), key.lens(), key.coder(), key.from().toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new InvalidEditException("no coding " + key.text());
        return rs.getLong(1);
      }
    }
  }

  private StoredCoding codingIn(CodingKey key) throws SQLException {
    return codingsWhere(false, "c.case_id = ? AND c.lens = ? AND c.coder = ? AND c.period_from = ?",
        key.caseId(), key.lens(), key.coder(), key.from().toString()).stream().findFirst().orElse(null);
  }

  private List<StoredCoding> codingsIn(String caseId) throws SQLException {
    return caseId == null ? codingsWhere(false, null) : codingsWhere(false, "c.case_id = ?", caseId);
  }

  /** Codings with their criteria, in canonical order, or by case and order of recording when {@code recorded}. */
  private List<StoredCoding> codingsWhere(boolean recorded, String where, Object... args) throws SQLException {
    Map<Long, List<CriterionCoding>> criteria = new HashMap<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT cc.coding_id, cc.criterion, cc.score, cc.rationale, cc.evidence FROM ws_criterion_coding cc"
        + " JOIN ws_coding c ON c.coding_id = cc.coding_id" + (where == null ? "" : " WHERE " + where) + " ORDER BY cc.coding_id, cc.position, cc.criterion")) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          criteria.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new CriterionCoding(rs.getString(2), rs.getDouble(3), rs.getString(4), Json.evidence(rs.getString(5))));
        }
      }
    }
    List<StoredCoding> out = new ArrayList<>();
    try (PreparedStatement ps = conn.prepareStatement("SELECT c.coding_id, c.case_id, c.lens, c.coder, c.period_from, c.period_to, c.scale, c.note, c.version, c.changed_at, c.changed_by"
        + " FROM ws_coding c" + (where == null ? "" : " WHERE " + where) + " ORDER BY c.coding_id")) {
      bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate from = LocalDate.parse(rs.getString(5));
          String to = rs.getString(6);
          Coding k = new Coding(rs.getString(3), rs.getString(4), from, to == null ? null : LocalDate.parse(to), rs.getString(7), rs.getString(8),
              criteria.getOrDefault(rs.getLong(1), List.of()));
          out.add(new StoredCoding(new CodingKey(rs.getString(2), k.lens(), k.coder(), from), k, rs.getLong(9), Instant.ofEpochMilli(rs.getLong(10)), rs.getString(11)));
        }
      }
    }
    if (recorded) out.sort(Comparator.comparing((StoredCoding s) -> s.key().caseId())); // stable: keeps coding_id order
    else out.sort(Comparator.comparing((StoredCoding s) -> s.key().caseId()).thenComparing(StoredCoding::coding, Canonical.CODING_ORDER));
    return out;
  }

  // ------------------------------------------------------------------ helpers: JDBC

  private void history(long revision, long at, ChangeNote note, String action, String entity, String caseId, String key, String before, String after) throws SQLException {
    update("INSERT INTO ws_history (revision, at_ms, actor, action, entity, case_id, entity_key, before_value, after_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        revision, at, note.actor(), action, entity, caseId, key, before, after, note.note());
  }

  /**
   * The time of the change, taken after the clock row is locked (so the writers' times follow
   * their commit order) and never before the previous change's (a clock stepping back cannot
   * reorder history).
   */
  private long stamp() throws SQLException {
    long now = System.currentTimeMillis();
    update("UPDATE ws_counter SET counter_value = CASE WHEN counter_value > ? THEN counter_value ELSE ? END WHERE counter_name = 'clock'", now, now);
    return longQuery("SELECT counter_value FROM ws_counter WHERE counter_name = 'clock'");
  }

  /** Reserves {@code n} revision numbers; returns the first. */
  private long nextRevisions(int n) throws SQLException { return nextCounter("revision", n); }

  private long nextCounter(String name, int n) throws SQLException {
    update("UPDATE ws_counter SET counter_value = counter_value + ? WHERE counter_name = ?", (long) n, name);
    try (PreparedStatement ps = conn.prepareStatement("SELECT counter_value FROM ws_counter WHERE counter_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) - n + 1;
      }
    }
  }

  private String meta(String key) { return read(() -> metaIn(key)); }

  /** Meta key of the designated primary coder (absent: the bundled data's coder). */
  static final String PRIMARY_CODER = "primary_coder";

  private String primaryIn() throws SQLException {
    String p = metaIn(PRIMARY_CODER);
    return p != null ? p : BundledData.primaryCoder();
  }

  @Override
  public synchronized String primaryCoder() { return read(this::primaryIn); }

  @Override
  public synchronized void setPrimaryCoder(String coder, ChangeNote note) {
    if (coder == null || coder.isBlank()) throw new InvalidEditException("give the coder to make primary");
    if (io.integra.core.cases.DecidingCoding.RECONCILED.equals(coder)) {
      throw new InvalidEditException("'" + coder + "' holds reconciled codings, which decide anyway; expected a coder's name");
    }
    if (note == null || note.note() == null || note.note().isBlank()) throw new InvalidEditException("a change of primary coder needs its note (why)");
    write(() -> {
      long at = stamp();
      boolean coded;
      try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM ws_coding WHERE coder = ?")) {
        ps.setString(1, coder);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          coded = rs.getLong(1) > 0;
        }
      }
      if (!coded) {
        List<String> coders = new ArrayList<>();
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT coder FROM ws_coding ORDER BY coder")) {
          while (rs.next()) coders.add(rs.getString(1));
        }
        throw new InvalidEditException("coder '" + coder + "' has no coding in the workspace; expected one of " + String.join(", ", coders));
      }
      String before = primaryIn();
      putMeta(PRIMARY_CODER, coder);
      history(nextRevisions(1), at, note, "primary", "workspace", null, PRIMARY_CODER, before, coder);
      return null;
    });
  }

  @Override
  public synchronized List<HistoryEntry> settingsHistory() {
    return read(() -> {
      List<HistoryEntry> out = new ArrayList<>();
      try (PreparedStatement ps = conn.prepareStatement("SELECT revision, at_ms, actor, action, entity, case_id, entity_key, before_value, after_value, note"
          + " FROM ws_history WHERE entity = 'workspace' ORDER BY revision")) {
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new HistoryEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
          }
        }
      }
      return out;
    });
  }

  private String metaIn(String key) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement("SELECT meta_value FROM ws_meta WHERE meta_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private void putMeta(String key, String value) throws SQLException {
    update("DELETE FROM ws_meta WHERE meta_key = ?", key);
    update("INSERT INTO ws_meta (meta_key, meta_value) VALUES (?, ?)", key, value);
  }

  private long longQuery(String sql) throws SQLException {
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private int update(String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      bind(ps, args);
      return ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) ps.setNull(i + 1, Types.VARCHAR);
      else if (a instanceof String s) ps.setString(i + 1, s);
      else if (a instanceof Long l) ps.setLong(i + 1, l);
      else if (a instanceof Integer n) ps.setInt(i + 1, n);
      else if (a instanceof Double d) ps.setDouble(i + 1, d);
      else throw new IllegalArgumentException("cannot bind " + a.getClass());
    }
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  /** A write transaction: all or nothing. */
  private synchronized <T> T write(Work<T> work) {
    return transaction(work, true);
  }

  /** A read transaction: one consistent snapshot (SQLite: deferred; PostgreSQL: repeatable read). */
  private synchronized <T> T read(Work<T> work) {
    return transaction(work, false);
  }

  private <T> T transaction(Work<T> work, boolean writes) {
    try {
      if (sqlite) {
        conn.unwrap(SQLiteConnection.class).getConnectionConfig().setTransactionMode(
            writes ? SQLiteConfig.TransactionMode.IMMEDIATE : SQLiteConfig.TransactionMode.DEFERRED);
      } else {
        conn.setTransactionIsolation(writes ? Connection.TRANSACTION_READ_COMMITTED : Connection.TRANSACTION_REPEATABLE_READ);
      }
      conn.setAutoCommit(false);
    } catch (SQLException e) {
      throw translate(e);
    }
    boolean done = false;
    try {
      T result = work.run();
      conn.commit();
      done = true;
      return result;
    } catch (SQLException e) {
      throw translate(e);
    } finally {
      try {
        if (!done) conn.rollback();
        conn.setAutoCommit(true);
      } catch (SQLException ignored) {
        // the connection is broken; the database rolls the transaction back itself
      }
    }
  }

  private WorkspaceException translate(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String msg = e.getMessage() == null ? e.toString() : e.getMessage();
    if (state.equals("23505") || msg.contains("UNIQUE constraint failed")) {
      return new ConflictException("conflict: another writer created the same entry at the same time; nothing was written: reload and retry", 0, 1);
    }
    if (msg.contains("SQLITE_BUSY") || state.equals("40001") || state.equals("40P01")) {
      return new WorkspaceException("the workspace " + location + " is busy with another writer; nothing was written: try again", e);
    }
    return new WorkspaceException("workspace " + location + ": " + msg, e);
  }

  @Override
  public synchronized void close() {
    try {
      conn.close();
    } catch (SQLException ignored) {
      // closing: nothing left to do
    }
  }

  @Override
  public String toString() { return "workspace " + location; }
}

package io.integra.storage.jdbc;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CodingRules;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.storage.workspace.Canonical;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.ConflictException;
import io.integra.storage.workspace.CriterionEdit;
import io.integra.storage.workspace.InvalidEditException;
import io.integra.storage.workspace.Reconciliation;
import io.integra.storage.workspace.StoredCoding;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The codings ({@code ws_coding} with their criteria in {@code ws_criterion_coding}): reading them,
 * and the edits (one criterion, a whole coding, a deletion, a reconciliation). Every edit checks
 * the version the editor read (optimistic locking: {@link ConflictException} when another writer
 * changed it), is checked with the case's other codings by {@code core/cases/CodingRules} on the
 * records (no YAML), and records its history entry in the same transaction.
 * The methods run inside a transaction of {@link Db}.
 */
final class Codings {
  private static final String INSERT_CODING = "INSERT INTO ws_coding (coding_id, case_id, lens, coder, period_from, period_to, scale, note, version, changed_at, changed_by)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";
  static final String INSERT_CRITERION = "INSERT INTO ws_criterion_coding (coding_id, criterion, position, score, rationale, evidence) VALUES (?, ?, ?, ?, ?, ?)";

  private final Db db;
  private final History history;
  private final Catalog catalog;

  Codings(Db db, History history, Catalog catalog) {
    this.db = db;
    this.history = history;
    this.catalog = catalog;
  }

  // ------------------------------------------------------------------ reads

  StoredCoding codingIn(CodingKey key) throws SQLException {
    return where(false, "c.case_id = ? AND c.lens = ? AND c.coder = ? AND c.period_from = ?",
        key.caseId(), key.lens(), key.coder(), key.from().toString()).stream().findFirst().orElse(null);
  }

  /** A case's codings (all when {@code caseId} is null) in canonical order. */
  List<StoredCoding> codingsIn(String caseId) throws SQLException {
    return caseId == null ? where(false, null) : where(false, "c.case_id = ?", caseId);
  }

  /**
   * A case's codings (all when {@code caseId} is null) by case and in the order they were recorded
   * (never by coder name): the deciding-coding rule's last resort reads it (DecidingCoding).
   */
  List<StoredCoding> recordedIn(String caseId) throws SQLException {
    return caseId == null ? where(true, null) : where(true, "c.case_id = ?", caseId);
  }

  /** Codings with their criteria, in canonical order, or by case and order of recording when {@code recorded}. */
  private List<StoredCoding> where(boolean recorded, String where, Object... args) throws SQLException {
    Map<Long, List<CriterionCoding>> criteria = new HashMap<>();
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT cc.coding_id, cc.criterion, cc.score, cc.rationale, cc.evidence FROM ws_criterion_coding cc"
        + " JOIN ws_coding c ON c.coding_id = cc.coding_id" + (where == null ? "" : " WHERE " + where) + " ORDER BY cc.coding_id, cc.position, cc.criterion")) {
      Db.bind(ps, args);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          criteria.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
              .add(new CriterionCoding(rs.getString(2), rs.getDouble(3), rs.getString(4), Json.evidence(rs.getString(5))));
        }
      }
    }
    List<StoredCoding> out = new ArrayList<>();
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT c.coding_id, c.case_id, c.lens, c.coder, c.period_from, c.period_to, c.scale, c.note, c.version, c.changed_at, c.changed_by"
        + " FROM ws_coding c" + (where == null ? "" : " WHERE " + where) + " ORDER BY c.coding_id")) {
      Db.bind(ps, args);
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

  private long codingId(CodingKey key) throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT coding_id FROM ws_coding WHERE case_id = ? AND lens = ? AND coder = ? AND period_from = ?")) {
      Db.bind(ps, key.caseId(), key.lens(), key.coder(), key.from().toString());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) throw new InvalidEditException("no coding " + key.text());
        return rs.getLong(1);
      }
    }
  }

  // ------------------------------------------------------------------ edits

  StoredCoding code(CriterionEdit e, ChangeNote note) throws SQLException {
    long at = history.stamp();
    CodingKey key = e.key();
    catalog.requireCase(key.caseId());
    Codebook cb = catalog.codebookIn();
    Catalog.requireLens(cb, key.lens()); // an unknown criterion is one of CodingRules' problems (validate)
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
  }

  StoredCoding save(String caseId, Coding coding, Long expectedVersion, ChangeNote note) throws SQLException {
    long at = history.stamp();
    catalog.requireCase(caseId);
    Codebook cb = catalog.codebookIn();
    Catalog.requireLens(cb, coding.lens());
    if (coding.coder() == null || coding.coder().isBlank() || coding.from() == null) throw new InvalidEditException("a coding needs its coder and its period start");
    CodingKey key = new CodingKey(caseId, coding.lens(), coding.coder(), coding.from());
    StoredCoding existing = codingIn(key);
    checkVersion(key, existing, expectedVersion);
    Coding canonical = Canonical.of(coding, cb);
    validate(cb, caseId, canonical, key);
    return store(key, existing, canonical, note, existing == null ? "create" : "update", at);
  }

  void delete(CodingKey key, Long expectedVersion, ChangeNote note) throws SQLException {
    long at = history.stamp();
    StoredCoding existing = codingIn(key);
    if (existing == null) throw new InvalidEditException("no coding " + key.text() + " in the workspace");
    checkVersion(key, existing, expectedVersion);
    long id = codingId(key);
    db.update("DELETE FROM ws_criterion_coding WHERE coding_id = ?", id);
    int n = db.update("DELETE FROM ws_coding WHERE coding_id = ? AND version = ?", id, existing.version());
    if (n != 1) throw conflict(key, existing.version());
    history.record(history.nextRevisions(1), at, note, "delete", "coding", key.caseId(), key.text(), Json.coding(existing.coding(), existing.version()), null);
  }

  StoredCoding reconcile(Reconciliation r, ChangeNote note) throws SQLException {
    long at = history.stamp();
    catalog.requireCase(r.caseId());
    Codebook cb = catalog.codebookIn();
    Catalog.requireLens(cb, r.lens());
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
  }

  // ------------------------------------------------------------------ helpers

  private StoredCoding store(CodingKey key, StoredCoding existing, Coding coding, ChangeNote note, String action, long at) throws SQLException {
    long id;
    long version;
    if (existing == null) {
      id = history.nextCounter("coding", 1);
      version = 1;
      db.update(INSERT_CODING, id, key.caseId(), key.lens(), key.coder(), key.from().toString(), coding.to() == null ? null : coding.to().toString(),
          coding.scale(), coding.note(), at, note.actor());
    } else {
      id = codingId(key);
      version = existing.version() + 1;
      int n = db.update("UPDATE ws_coding SET period_to = ?, scale = ?, note = ?, version = version + 1, changed_at = ?, changed_by = ? WHERE coding_id = ? AND version = ?",
          coding.to() == null ? null : coding.to().toString(), coding.scale(), coding.note(), at, note.actor(), id, existing.version());
      if (n != 1) throw conflict(key, existing.version());
      db.update("DELETE FROM ws_criterion_coding WHERE coding_id = ?", id);
    }
    Lens lens = catalog.codebookIn().lens(key.lens()).orElse(null);
    try (PreparedStatement ps = db.conn.prepareStatement(INSERT_CRITERION)) {
      for (CriterionCoding cc : coding.criteria()) {
        Db.bind(ps, id, cc.criterion(), Canonical.position(lens, cc.criterion()), cc.score(), cc.rationale(), Json.evidence(cc.evidence()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
    history.record(history.nextRevisions(1), at, note, action, "coding", key.caseId(), key.text(),
        existing == null ? null : Json.coding(existing.coding(), existing.version()), Json.coding(coding, version));
    return new StoredCoding(key, coding, version, Instant.ofEpochMilli(at), note.actor());
  }

  private static void checkVersion(CodingKey key, StoredCoding existing, Long expected) {
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

  /**
   * Checks the case's codings with the changed one against the codebook and the bibliography by
   * the rules that also check case files ({@link CodingRules}), on the records themselves. All of
   * the case's codings are checked (an overlap needs them), in canonical order; an overlap names
   * the other coding by its period.
   */
  private void validate(Codebook cb, String caseId, Coding coding, CodingKey replaced) throws SQLException {
    List<Coding> codings = new ArrayList<>();
    for (StoredCoding sc : codingsIn(caseId)) if (!sc.key().equals(replaced)) codings.add(sc.coding());
    codings.add(coding);
    codings.sort(Canonical.CODING_ORDER);
    List<CodingRules.Problem> problems = CodingRules.check(cb, catalog.sourceKeysIn(), codings);
    if (!problems.isEmpty()) {
      throw new InvalidEditException(problems.stream().map(CodingRules.Problem::text).distinct().collect(Collectors.joining("\n")));
    }
  }
}

package io.integra.storage.jdbc;

import io.integra.core.cases.Coding;
import io.integra.storage.workspace.Canonical;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.CodingKey;
import io.integra.storage.workspace.HistoryEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The history of changes ({@code ws_history}) and the counters that order it: the revision
 * number, the coding ids and the clock of changes. Every write appends its entries in its own
 * transaction; reads give a case's entries, the settings' entries and codings as they were at an
 * earlier time. Time comes from the injected {@link Clock} (the system clock outside tests).
 */
final class History {
  static final String INSERT = "INSERT INTO ws_history (revision, at_ms, actor, action, entity, case_id, entity_key, before_value, after_value, note)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String COLUMNS = "SELECT revision, at_ms, actor, action, entity, case_id, entity_key, before_value, after_value, note FROM ws_history";

  private final Db db;
  private final Clock clock;

  History(Db db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Appends one entry. */
  void record(long revision, long at, ChangeNote note, String action, String entity, String caseId, String key, String before, String after)
      throws SQLException {
    db.update(INSERT, revision, at, note.actor(), action, entity, caseId, key, before, after, note.note());
  }

  /**
   * The time of the change, taken after the clock row is locked (so the writers' times follow
   * their commit order) and never before the previous change's (a clock stepping back cannot
   * reorder history).
   */
  long stamp() throws SQLException {
    long now = clock.millis();
    db.update("UPDATE ws_counter SET counter_value = CASE WHEN counter_value > ? THEN counter_value ELSE ? END WHERE counter_name = 'clock'", now, now);
    return db.longQuery("SELECT counter_value FROM ws_counter WHERE counter_name = 'clock'");
  }

  /** Reserves {@code n} revision numbers; returns the first. */
  long nextRevisions(int n) throws SQLException { return nextCounter("revision", n); }

  /** Reserves {@code n} numbers of a counter; returns the first. */
  long nextCounter(String name, int n) throws SQLException {
    db.update("UPDATE ws_counter SET counter_value = counter_value + ? WHERE counter_name = ?", (long) n, name);
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT counter_value FROM ws_counter WHERE counter_name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) - n + 1;
      }
    }
  }

  Optional<Coding> codingAsOf(CodingKey key, Instant at) throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT after_value FROM ws_history WHERE entity = 'coding' AND entity_key = ? AND at_ms <= ? ORDER BY revision DESC LIMIT 1")) {
      ps.setString(1, key.text());
      ps.setLong(2, at.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next() || rs.getString(1) == null) return Optional.empty();
        return Optional.of(Json.coding(rs.getString(1)));
      }
    }
  }

  List<Coding> codingsAsOf(String caseId, String lens, Instant at) throws SQLException {
    Map<String, String> last = new LinkedHashMap<>();
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT entity_key, after_value FROM ws_history WHERE entity = 'coding' AND case_id = ? AND at_ms <= ? ORDER BY revision")) {
      ps.setString(1, caseId);
      ps.setLong(2, at.toEpochMilli());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) last.put(rs.getString(1), rs.getString(2));
      }
    }
    return last.values().stream().filter(v -> v != null).map(Json::coding).filter(c -> lens == null || c.lens().equals(lens))
        .sorted(Canonical.CODING_ORDER).toList();
  }

  /** A case's entries up to {@code at} (all when null), in order. */
  List<HistoryEntry> ofCase(String caseId, Instant at) throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement(COLUMNS + " WHERE case_id = ?" + (at == null ? "" : " AND at_ms <= ?") + " ORDER BY revision")) {
      ps.setString(1, caseId);
      if (at != null) ps.setLong(2, at.toEpochMilli());
      return entries(ps);
    }
  }

  /** The entries of the workspace's settings, in order. */
  List<HistoryEntry> ofSettings() throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement(COLUMNS + " WHERE entity = 'workspace' ORDER BY revision")) {
      return entries(ps);
    }
  }

  private static List<HistoryEntry> entries(PreparedStatement ps) throws SQLException {
    List<HistoryEntry> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new HistoryEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
      }
    }
    return out;
  }
}

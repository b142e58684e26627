package io.integra.storage.jdbc;

import io.integra.casebase.CaseReader;
import io.integra.casebase.CodebookReader;
import io.integra.casebase.write.CaseWriter;
import io.integra.casebase.yaml.Problem;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseRules;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Codebook;
import io.integra.core.codebook.Lens;
import io.integra.storage.workspace.Canonical;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.InvalidEditException;
import io.integra.storage.workspace.WorkspaceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The workspace's codebook (read once and kept while its stored text is unchanged), its
 * bibliography and the facts of its cases: stored as the case file's YAML without codings (the
 * storage format, also what history and exports show), read through the same {@link CaseReader}
 * that reads case files; an edit of the facts is checked on its records by
 * {@code core/cases/CaseRules}.
 */
final class Catalog {
  private final Db db;
  private final History history;
  private String codebookText;
  private Codebook codebook;
  /**
   * Cases' facts as last parsed, by id, with the stored text they were parsed from: a read parses
   * a case's YAML again only when its text changed (the facts are immutable records). Cleared
   * whenever the codebook is read anew, since the reader checks facts against it.
   */
  private final Map<String, Parsed> parsed = new HashMap<>();

  private record Parsed(String text, IntegrationCase facts) { }

  Catalog(Db db, History history) {
    this.db = db;
    this.history = history;
  }

  /** The stored codebook, or null in an empty workspace. */
  Codebook codebookIn() throws SQLException {
    try (Statement s = db.conn.createStatement(); ResultSet rs = s.executeQuery("SELECT yaml FROM ws_codebook WHERE slot = 1")) {
      if (!rs.next()) {
        forget();
        return null;
      }
      String text = rs.getString(1);
      if (codebook == null || !text.equals(codebookText)) {
        Problems problems = new Problems();
        Codebook cb = CodebookReader.read("workspace codebook", text, problems);
        if (cb == null) throw new WorkspaceException("the stored codebook does not read back: " + problems.sorted().get(0).format());
        codebook = cb;
        codebookText = text;
        parsed.clear();
      }
      return codebook;
    }
  }

  /** The stored codebook's text, or null in an empty workspace. */
  String codebookTextIn() throws SQLException {
    codebookIn();
    return codebookText;
  }

  /** Drops the kept codebook (after an import replaced it). */
  void forget() {
    codebook = null;
    codebookText = null;
    parsed.clear();
  }

  List<Source> sourcesIn() throws SQLException {
    List<Source> out = new ArrayList<>();
    try (Statement s = db.conn.createStatement();
         ResultSet rs = s.executeQuery("SELECT source_key, source_type, author, title, source_year, publisher, url, note FROM ws_source")) {
      while (rs.next()) out.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
    }
    out.sort(Comparator.comparing(Source::key));
    return out;
  }

  Set<String> sourceKeysIn() throws SQLException {
    Set<String> keys = new TreeSet<>();
    try (Statement s = db.conn.createStatement(); ResultSet rs = s.executeQuery("SELECT source_key FROM ws_source")) {
      while (rs.next()) keys.add(rs.getString(1));
    }
    return keys;
  }

  /** The stored facts (YAML) of a case, or null. */
  String factsIn(String caseId) throws SQLException {
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT facts FROM ws_case WHERE case_id = ?")) {
      ps.setString(1, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Every case's id and stored facts, by id. */
  List<String[]> allFactsIn() throws SQLException {
    List<String[]> out = new ArrayList<>();
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT case_id, facts FROM ws_case ORDER BY case_id"); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2)});
    }
    return out;
  }

  List<String> caseIdsIn() throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement s = db.conn.createStatement(); ResultSet rs = s.executeQuery("SELECT case_id FROM ws_case")) {
      while (rs.next()) ids.add(rs.getString(1));
    }
    ids.sort(Comparator.naturalOrder());
    return ids;
  }

  /** A case's stored facts read back (kept while the stored text and the codebook are unchanged). */
  IntegrationCase parseFacts(Codebook cb, Set<String> sourceKeys, String caseId, String facts) {
    Parsed known = cb == codebook ? parsed.get(caseId) : null;
    if (known != null && known.text().equals(facts)) return known.facts();
    IntegrationCase c = readFacts(cb, sourceKeys, caseId, facts);
    if (cb == codebook) parsed.put(caseId, new Parsed(facts, c));
    return c;
  }

  private static IntegrationCase readFacts(Codebook cb, Set<String> sourceKeys, String caseId, String facts) {
    Problems problems = new Problems();
    IntegrationCase c = new CaseReader(cb, sourceKeys, problems).read("workspace case " + caseId, facts, new HashMap<>());
    if (c == null) {
      throw new WorkspaceException("the stored facts of case '" + caseId + "' do not read back: "
          + problems.sorted().stream().map(Problem::format).collect(Collectors.joining("; ")));
    }
    return c;
  }

  void requireCase(String caseId) throws SQLException {
    if (factsIn(caseId) == null) {
      List<String> ids = caseIdsIn();
      throw new InvalidEditException("no case '" + caseId + "' in the workspace; known cases: " + (ids.isEmpty() ? "none" : String.join(", ", ids)));
    }
  }

  static Lens requireLens(Codebook cb, String lens) {
    if (cb == null) throw new InvalidEditException("the workspace has no codebook yet");
    return cb.lens(lens).orElseThrow(() -> new InvalidEditException("unknown lens '" + lens + "'; expected one of " + String.join(", ", cb.lensIds())));
  }

  /**
   * Creates or replaces a case's facts (its codings are kept apart), checked on the records by
   * {@code core/cases/CaseRules} (no YAML in between). The facts are stored as the case file's
   * YAML, the storage format; the next read parses that text once ({@link #parseFacts}).
   */
  void putCase(IntegrationCase facts, ChangeNote note) throws SQLException {
    long at = history.stamp();
    Codebook cb = codebookIn();
    if (cb == null) throw new InvalidEditException("the workspace has no codebook yet; import a case base first");
    IntegrationCase bare = Canonical.withCodings(facts, List.of());
    List<CaseRules.Problem> problems = CaseRules.check(cb, sourceKeysIn(), bare);
    if (!problems.isEmpty()) {
      throw new InvalidEditException(problems.stream().map(CaseRules.Problem::text).distinct().collect(Collectors.joining("\n")));
    }
    String before = factsIn(facts.id());
    String yaml = CaseWriter.write(bare);
    if (before == null) {
      db.update("INSERT INTO ws_case (case_id, facts, version, changed_at, changed_by) VALUES (?, ?, 1, ?, ?)", facts.id(), yaml, at, note.actor());
    } else {
      db.update("UPDATE ws_case SET facts = ?, version = version + 1, changed_at = ?, changed_by = ? WHERE case_id = ?", yaml, at, note.actor(), facts.id());
    }
    history.record(history.nextRevisions(1), at, note, before == null ? "create" : "update", "case", facts.id(), facts.id(), before, yaml);
  }

  /** The reader's problems as one edit error, each message once, in reading order. */
  static InvalidEditException invalid(Problems problems) {
    return new InvalidEditException(problems.sorted().stream().map(p -> p.message() + (p.expected() == null ? "" : "; expected " + p.expected()))
        .distinct().collect(Collectors.joining("\n")));
  }
}

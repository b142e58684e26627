package io.integra.storage.workspace;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.codebook.Codebook;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A research team's store of cases and codings (SQLite file or PostgreSQL), the one interface the
 * CLI and the web editor use. Every change runs in one transaction and writes a history entry
 * (who, when, before, after, why); codings carry a version for optimistic locking. Reads return
 * records of the core domain in a canonical order: cases and sources by id, codings by lens,
 * coder and period, criteria in the codebook's order — except the cases of {@link #caseBase()} and
 * {@link #findCase}, whose codings come in the order they were recorded and which carry the
 * workspace's primary coder: what decides a reading ({@link io.integra.core.cases.DecidingCoding})
 * never depends on coder names. {@link Canonical#of(CaseBase)} gives their canonical content.
 *
 * <p>Implementations are safe to use from several threads; each call is its own transaction.
 */
public interface Workspace extends AutoCloseable {

  WorkspaceInfo info();

  /** Everything as it stands now: what assessments read. */
  CaseBase caseBase();

  Codebook codebook();

  /** The codebook exactly as stored (YAML text). */
  String codebookText();

  List<String> caseIds();

  Optional<IntegrationCase> findCase(String caseId);

  /** The codings of a case with their versions. */
  List<StoredCoding> codings(String caseId);

  Optional<StoredCoding> coding(CodingKey key);

  /** The coding as it stood at {@code at} (empty when it did not exist then), rebuilt from history. */
  Optional<Coding> codingAsOf(CodingKey key, Instant at);

  /** Every coding of a case and lens as they stood at {@code at}. */
  List<Coding> codingsAsOf(String caseId, String lens, Instant at);

  /** Sets one criterion's score (creating the coding if needed); returns the coding after the change. */
  StoredCoding code(CriterionEdit edit, ChangeNote note);

  /**
   * Creates or replaces a whole coding (period end, scale, note, criteria).
   *
   * @param expectedVersion the version read (null: no check; 0: must be new)
   */
  StoredCoding saveCoding(String caseId, Coding coding, Long expectedVersion, ChangeNote note);

  /** Deletes a coding; {@code expectedVersion} null means no check. */
  void deleteCoding(CodingKey key, Long expectedVersion, ChangeNote note);

  /** Records a reconciled coding (coder {@link Reconciliation#CODER}). */
  StoredCoding reconcile(Reconciliation reconciliation, ChangeNote note);

  /** Creates or replaces a case's facts (its codings in {@code facts} are ignored; they are edited as codings). */
  void putCase(IntegrationCase facts, ChangeNote note);

  /** The history of a case (its facts and codings), oldest first. */
  List<HistoryEntry> history(String caseId);

  /** The history up to and including {@code at}, oldest first. */
  List<HistoryEntry> history(String caseId, Instant at);

  /**
   * The designated primary coder: whose coding decides a case's reading when it is not reconciled
   * (see {@link io.integra.core.cases.DecidingCoding}); by default the coder of the bundled thesis
   * codings. Cases read from the workspace carry it ({@link IntegrationCase#primaryCoder()}).
   */
  String primaryCoder();

  /**
   * Makes {@code coder} the primary coder (one transaction with a history entry, entity
   * {@code workspace}, key {@code primary_coder}); refused when nobody of that name has coded
   * anything in the workspace.
   */
  void setPrimaryCoder(String coder, ChangeNote note);

  /** The history of workspace settings (the primary coder), oldest first. */
  List<HistoryEntry> settingsHistory();

  /** Whether the workspace holds no case, no source and no codebook. */
  boolean isEmpty();

  /**
   * Loads a whole case base into an EMPTY workspace in one transaction (nothing is written when
   * anything is wrong). {@code codebookText} is stored verbatim; it must read to {@code caseBase.codebook()}.
   */
  void importCaseBase(CaseBase caseBase, String codebookText, ChangeNote note);

  @Override
  void close();
}

package io.integra.web.data;

import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.HistoryEntry;
import io.integra.storage.workspace.StoredCoding;
import io.integra.storage.workspace.Workspace;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the web server reads and writes: a workspace (writable, with history) or, when none is
 * given, a read-only case base loaded from files.
 *
 * <p>Reads go through an immutable {@link Snapshot} that is built once and shared by every request
 * until the data change: a write through this server drops it at once (so a page never shows data
 * older than an edit made here), and a change made by another process (the CLI on the same
 * workspace) is noticed by comparing the workspace's revision count at most every
 * {@code recheckMillis} by a background thread.
 */
public final class Workbench implements AutoCloseable {
  private final Workspace workspace;
  private final CaseBase fixed;
  private final Clock clock;
  private final long recheckMillis;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  private final AtomicLong generation = new AtomicLong();
  private volatile long checkedAt;
  private volatile long seenRevisions = -1;

  private final java.util.concurrent.ScheduledExecutorService watcher;

  private Workbench(Workspace workspace, CaseBase fixed, Clock clock, long recheckMillis) {
    this.workspace = workspace;
    this.fixed = fixed;
    this.clock = clock;
    this.recheckMillis = recheckMillis;
    if (workspace != null) {
      // changes made by another process are looked for off the request path, so that no request
      // pays for the query
      watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "integra-workspace-watch");
        t.setDaemon(true);
        return t;
      });
      watcher.scheduleWithFixedDelay(this::recheck, recheckMillis, recheckMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
    } else {
      watcher = null;
    }
  }

  /** Drops the snapshot when the workspace's revision count moved (another process wrote). */
  private void recheck() {
    try {
      if (current.get() == null) return;
      long rev = workspace.info().revisions();
      checkedAt = clock.millis();
      if (rev != seenRevisions) invalidate();
    } catch (RuntimeException e) {
      // the next scheduled check tries again; a failing check must not stop the watcher
    }
  }

  /** A writable workbench over a workspace. */
  public static Workbench of(Workspace workspace) { return of(workspace, Clock.systemDefaultZone()); }

  /** A writable workbench over a workspace whose "today" (and sessions) read {@code clock}. */
  public static Workbench of(Workspace workspace, Clock clock) { return new Workbench(workspace, null, clock, 1000); }

  /** A read-only workbench over a case base (writes are refused). */
  public static Workbench readOnly(CaseBase base) { return readOnly(base, Clock.systemDefaultZone()); }

  public static Workbench readOnly(CaseBase base, Clock clock) { return new Workbench(null, base, clock, Long.MAX_VALUE); }

  /** The one clock of the web workbench: every default date and session time is read from it. */
  public Clock clock() { return clock; }

  /** Today by {@link #clock()}. */
  public java.time.LocalDate today() { return java.time.LocalDate.now(clock); }

  public boolean writable() { return workspace != null; }

  /** The data as they stand now, shared and immutable. */
  public Snapshot snapshot() {
    Snapshot s = current.get();
    if (s == null) {
      synchronized (this) {
        s = current.get();
        if (s == null) {
          long gen = generation.incrementAndGet();
          if (workspace != null) {
            seenRevisions = workspace.info().revisions();
            checkedAt = clock.millis();
          }
          s = new Snapshot(gen, workspace != null ? workspace.caseBase() : fixed, clock);
          current.set(s);
        }
      }
    }
    return s;
  }

  public List<StoredCoding> codings(String caseId) {
    requireWorkspace();
    return workspace.codings(caseId);
  }

  /** Saves a whole coding with optimistic locking; the next snapshot shows it. */
  public StoredCoding saveCoding(String caseId, Coding coding, Long expectedVersion, ChangeNote note) {
    requireWorkspace();
    try {
      return workspace.saveCoding(caseId, coding, expectedVersion, note);
    } finally {
      invalidate();
    }
  }

  public List<HistoryEntry> history(String caseId) {
    requireWorkspace();
    return workspace.history(caseId);
  }

  public Optional<Workspace> workspace() { return Optional.ofNullable(workspace); }

  /** Drops the shared snapshot so that the next read rebuilds it. */
  public void invalidate() {
    synchronized (this) { current.set(null); }
  }

  private void requireWorkspace() {
    if (workspace == null) throw new IllegalStateException("no workspace: the server was started on case files only");
  }

  @Override public void close() {
    if (watcher != null) watcher.shutdownNow();
    if (workspace != null) workspace.close();
  }
}

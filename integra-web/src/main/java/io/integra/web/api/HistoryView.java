package io.integra.web.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.storage.workspace.HistoryEntry;
import java.util.List;

/** {@code /api/history}: a case's changes, newest as the workspace lists them (empty without a workspace). */
public record HistoryView(@JsonProperty("case") String caseId, List<Entry> entries) {

  public record Entry(long revision, String at, String actor, String action, String entity, String key, String note, String before,
                      String after) {
    public static Entry of(HistoryEntry h) {
      return new Entry(h.revision(), h.at().toString(), h.actor(), h.action(), h.entity(), h.entityKey(), h.note(), h.before(), h.after());
    }
  }
}

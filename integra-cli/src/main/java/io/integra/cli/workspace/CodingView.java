package io.integra.cli.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.casebase.json.CodingHead;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.storage.workspace.StoredCoding;
import java.util.List;

/**
 * Stable JSON shape of a coding for the workspace commands: the coding's head (lens, coder, from,
 * to, scale, note) and its criteria with the number of evidence items.
 */
record CodingView(@JsonUnwrapped CodingHead head, List<Criterion> criteria) {

  /** One scored criterion; {@code evidence} is the number of evidence items. */
  record Criterion(String criterion, double score, String rationale, int evidence) {
    static Criterion of(CriterionCoding c) { return new Criterion(c.criterion(), c.score(), c.rationale(), c.evidence().size()); }
  }

  /** A stored coding: the coding, then its case, version and last change. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"coding", "case", "version", "changed_at", "changed_by"})
  record Stored(@JsonUnwrapped CodingView coding, @JsonProperty("case") String caseId, long version,
                @JsonProperty("changed_at") String changedAt, @JsonProperty("changed_by") String changedBy) {
    static Stored of(StoredCoding sc) {
      return new Stored(CodingView.of(sc.coding()), sc.key().caseId(), sc.version(), sc.changedAt().toString(), sc.changedBy());
    }
  }

  static CodingView of(Coding k) {
    return new CodingView(CodingHead.of(k), k.criteria().stream().map(Criterion::of).toList());
  }

  static Stored of(StoredCoding sc) { return Stored.of(sc); }
}

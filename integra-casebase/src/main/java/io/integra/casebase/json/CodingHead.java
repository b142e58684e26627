package io.integra.casebase.json;

import io.integra.core.cases.Coding;

/**
 * A coding's own fields, in the order every view of a coding opens with: the CLI's coding views
 * ({@code integra code|coding|reconcile --format json}), the workspace's history snapshots and the
 * web editor's YAML. Dates as ISO text, {@code to} null when the period is open. Views embed it with
 * {@code @JsonUnwrapped} and add their own fields after it.
 */
public record CodingHead(String lens, String coder, String from, String to, String scale, String note) {
  public static CodingHead of(Coding k) {
    return new CodingHead(k.lens(), k.coder(), k.from().toString(), k.to() == null ? null : k.to().toString(), k.scale(), k.note());
  }
}

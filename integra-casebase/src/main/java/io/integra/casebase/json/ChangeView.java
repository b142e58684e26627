package io.integra.casebase.json;

import io.integra.core.assess.Timeline;

/** {@code {date, kind, description}}: a dated change in a case that explains a crossing or a verdict change. */
public record ChangeView(String date, String kind, String description) {
  public static ChangeView of(Timeline.Change ch) { return new ChangeView(ch.date().toString(), ch.kind(), ch.description()); }
}

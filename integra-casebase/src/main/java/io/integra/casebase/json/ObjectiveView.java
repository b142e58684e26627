package io.integra.casebase.json;

import io.integra.core.codebook.Objective;

/** {@code {number, title}}: an objective of a lens. */
public record ObjectiveView(int number, String title) {
  public static ObjectiveView of(Objective o) { return new ObjectiveView(o.number(), o.title()); }
}

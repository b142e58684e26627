package io.integra.casebase.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is left of the hand-built JSON maps. The domain's JSON shapes are records in this package
 * ({@link CodebookView}, {@link CaseAtView}, {@link CaseSummaryView}, {@link CodingView},
 * {@link AssessmentView}, ...); {@link #ordered} remains only for small command outputs that have no
 * record yet (issue 12 point 1).
 */
public final class JsonViews {
  private JsonViews() { }

  public static String str(LocalDate d) { return Dates.str(d); }

  /** An insertion-ordered map from alternating keys and values (values may be null). */
  public static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  public static <T> List<T> list(List<T> l) { return new ArrayList<>(l); }
}

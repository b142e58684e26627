package io.integra.core.assess;

import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.IntegrationCase;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Another coder's coding of the case and lens holding at the date, beside the deciding one (see
 * {@link io.integra.core.cases.DecidingCoding}): shown, used by agreement statistics, but it does
 * not decide the verdict until it is reconciled or its coder is made primary.
 *
 * @param coder  the coder
 * @param from   first day of the coding's period
 * @param to     first day after it (null: open)
 * @param scores criterion id → score, in the coding's order (uncoded criteria absent)
 */
public record OtherCoding(String coder, LocalDate from, LocalDate to, Map<String, Double> scores) {
  public OtherCoding { scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores)); }

  /** The codings of {@code lens} holding at {@code at} other than {@code deciding}, in the case's order. */
  public static List<OtherCoding> of(IntegrationCase c, String lens, LocalDate at, Coding deciding) {
    return c.codingsAt(lens, at).stream().filter(k -> k != deciding).map(k -> {
      Map<String, Double> s = new LinkedHashMap<>();
      for (CriterionCoding cc : k.criteria()) s.put(cc.criterion(), cc.score());
      return new OtherCoding(k.coder(), k.from(), k.to(), s);
    }).toList();
  }
}

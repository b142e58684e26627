package io.integra.web.data;

import io.integra.casebase.json.CodingHead;
import io.integra.core.cases.Coding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The per-criterion coding form (issue 13 point 10) as data: the period it writes into (lens,
 * coder, from, to, scale) and one criterion's score, rationale and evidence items. The form is
 * turned into the YAML of the whole coding (the coding of that period with this criterion
 * replaced), which is then read by the case-file reader like any other coding: the form is
 * validated, and saved, exactly as the YAML editor and {@code integra validate}.
 *
 * @param score as typed or picked (kept as text so that the reader can say what is wrong with it)
 */
public record CodingForm(String lens, String coder, String from, String to, String scale, String criterion, String score,
                         String rationale, List<Item> evidence) {
  /** The most evidence rows one form carries (the page shows the existing ones and two blank rows). */
  public static final int MAX_ITEMS = 20;

  public CodingForm {
    evidence = List.copyOf(evidence);
  }

  /** One evidence row: a bibliography key, where in the source, an optional quote, the objectives it touches. */
  public record Item(String source, String locator, String quote, List<Integer> objectives) {
    public Item { objectives = List.copyOf(objectives); }

    boolean blank() { return isBlank(source) && isBlank(locator) && isBlank(quote) && objectives.isEmpty(); }
  }

  /**
   * Reads the form's fields: {@code lens, coder, from, to, scale, criterion, score, rationale} and,
   * for each row i from 0, {@code ev-i-source, ev-i-locator, ev-i-quote} and the checked
   * {@code ev-i-objective} values. Rows left entirely blank are dropped.
   *
   * @param one  a field's value (null when absent)
   * @param many every value of a field (checkboxes)
   */
  public static CodingForm read(Function<String, String> one, Function<String, List<String>> many) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < MAX_ITEMS; i++) {
      String p = "ev-" + i + "-";
      List<Integer> objectives = new ArrayList<>();
      for (String o : many.apply(p + "objective")) {
        try {
          objectives.add(Integer.parseInt(o.strip()));
        } catch (NumberFormatException e) {
          // a checkbox value is a number the page wrote; anything else was not sent by the page and is ignored
        }
      }
      Item item = new Item(trim(one.apply(p + "source")), trim(one.apply(p + "locator")), trim(one.apply(p + "quote")), objectives);
      if (!item.blank()) items.add(item);
    }
    return new CodingForm(trim(one.apply("lens")), trim(one.apply("coder")), trim(one.apply("from")), trim(one.apply("to")),
        trim(one.apply("scale")), trim(one.apply("criterion")), trim(one.apply("score")), trim(one.apply("rationale")), items);
  }

  /**
   * The whole coding as YAML: {@code base} (the coding of the period, null for a new period) with
   * this form's criterion in place of its old entry; the other criteria are kept as they are.
   */
  public String yaml(Coding base) {
    // the period's coding as it is (its other criteria kept), or a new one with no criteria yet
    CodingHead head = base != null ? CodingHead.of(base) : new CodingHead(lens, coder, from, isBlank(to) ? null : to, scale, null);
    Map<String, CodingText.CriterionYaml> criteria = base != null ? CodingText.criteria(base) : new LinkedHashMap<>();
    if (!isBlank(criterion)) {
      List<CodingText.EvidenceYaml> ev = evidence.stream()
          .map(it -> new CodingText.EvidenceYaml(it.source(), it.locator(), isBlank(it.quote()) ? null : it.quote(), it.objectives())).toList();
      criteria.put(criterion, new CodingText.CriterionYaml(scoreValue(), isBlank(rationale) ? null : rationale, ev));
    }
    return new CodingText.CodingYaml(head, criteria).yaml();
  }

  /** The score as a YAML number when it reads as one (the reader then checks it against the scale), else as typed. */
  private Object scoreValue() {
    if (isBlank(score)) return null;
    try {
      return new BigDecimal(score);
    } catch (NumberFormatException e) {
      return score;
    }
  }

  private static boolean isBlank(String s) { return s == null || s.isBlank(); }

  private static String trim(String s) { return s == null ? null : s.strip(); }
}

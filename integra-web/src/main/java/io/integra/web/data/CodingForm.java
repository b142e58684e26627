package io.integra.web.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
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

  private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build());

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
    Map<String, Object> m;
    if (base != null) {
      try {
        m = YAML.readValue(CodingText.write(base), new TypeReference<LinkedHashMap<String, Object>>() { });
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot re-read a coding the server wrote", e);
      }
    } else {
      m = new LinkedHashMap<>();
      m.put("lens", lens);
      m.put("coder", coder);
      m.put("from", from);
      m.put("to", isBlank(to) ? null : to);
      m.put("scale", scale);
      m.put("criteria", new LinkedHashMap<String, Object>());
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> criteria = m.get("criteria") instanceof Map<?, ?> c ? (Map<String, Object>) c : new LinkedHashMap<>();
    m.put("criteria", criteria);
    if (!isBlank(criterion)) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("score", scoreValue());
      if (!isBlank(rationale)) entry.put("rationale", rationale);
      List<Map<String, Object>> ev = new ArrayList<>();
      for (Item it : evidence) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("source", it.source());
        e.put("locator", it.locator());
        if (!isBlank(it.quote())) e.put("quote", it.quote());
        if (!it.objectives().isEmpty()) e.put("objectives", it.objectives());
        ev.add(e);
      }
      if (!ev.isEmpty()) entry.put("evidence", ev);
      criteria.put(criterion, entry);
    }
    try {
      return YAML.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
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

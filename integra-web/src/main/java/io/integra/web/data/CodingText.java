package io.integra.web.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.integra.casebase.CaseReader;
import io.integra.casebase.yaml.Problem;
import io.integra.casebase.yaml.Problems;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.Coding;
import io.integra.core.cases.CriterionCoding;
import io.integra.core.cases.Evidence;
import io.integra.core.cases.Source;
import io.integra.core.codebook.Criterion;
import io.integra.core.codebook.Lens;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One coding as YAML text, in the shape of an entry of a case file's {@code codings} list
 * (docs/case-format.md): written for the editor, read back with the case-file reader so that the
 * editor reports exactly the problems {@code integra validate} would, at {@code line:column}.
 */
public final class CodingText {
  private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build());

  /** The result of reading: the coding, or the problems (never both). */
  public record Read(Coding coding, List<Problem> problems) {
    public boolean valid() { return coding != null && problems.isEmpty(); }
  }

  private CodingText() { }

  public static Read read(CaseBase base, String name, String text) {
    Problems problems = new Problems();
    CaseReader reader = new CaseReader(base.codebook(), base.bibliography().stream().map(Source::key).collect(Collectors.toSet()), problems);
    Coding c = text == null || text.isBlank() ? null : reader.readCoding(name, text);
    if (text == null || text.isBlank()) problems.add(new io.integra.casebase.yaml.Location(name, 1, 1), "the coding is empty", "a coding: lens, coder, from, scale, criteria");
    List<Problem> list = problems.sorted();
    return new Read(list.isEmpty() ? c : null, list);
  }

  public static String write(Coding c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lens", c.lens());
    m.put("coder", c.coder());
    m.put("from", c.from().toString());
    m.put("to", c.to() == null ? null : c.to().toString());
    m.put("scale", c.scale());
    if (c.note() != null) m.put("note", c.note());
    Map<String, Object> crit = new LinkedHashMap<>();
    for (CriterionCoding cc : c.criteria()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("score", cc.score());
      if (cc.rationale() != null) e.put("rationale", cc.rationale());
      if (!cc.evidence().isEmpty()) e.put("evidence", cc.evidence().stream().map(CodingText::evidence).toList());
      crit.put(cc.criterion(), e);
    }
    m.put("criteria", crit);
    return dump(m);
  }

  /** A fresh coding for {@code lens} by {@code coder} from {@code from}, listing the lens's criteria as comments. */
  public static String template(Lens lens, String coder, LocalDate from, String scale) {
    StringBuilder b = new StringBuilder();
    b.append("lens: ").append(lens.id()).append('\n');
    b.append("coder: ").append(coder).append('\n');
    b.append("from: ").append(from).append('\n');
    b.append("to: null\n");
    b.append("scale: ").append(scale).append('\n');
    b.append("criteria:\n");
    b.append("  # one entry per criterion you code; leave out what you cannot argue (it stays unknown)\n");
    for (Criterion c : lens.criteria()) b.append("  # ").append(c.id()).append(": {score: , rationale: \"\"}\n");
    return b.toString();
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", e.source());
    m.put("locator", e.locator());
    if (e.quote() != null) m.put("quote", e.quote());
    if (!e.objectives().isEmpty()) m.put("objectives", e.objectives());
    return m;
  }

  private static String dump(Object o) {
    try {
      return YAML.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.integra.web.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.integra.casebase.CaseReader;
import io.integra.casebase.json.CodingHead;
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
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .build())
      .addMixIn(CodingHead.class, NoteOnlyWhenGiven.class)
      .build();

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
    return new CodingYaml(CodingHead.of(c), criteria(c)).yaml();
  }

  /** The criteria of a coding by id, in its order (a new, modifiable map). */
  static Map<String, CriterionYaml> criteria(Coding c) {
    Map<String, CriterionYaml> criteria = new LinkedHashMap<>();
    for (CriterionCoding cc : c.criteria()) {
      criteria.put(cc.criterion(), new CriterionYaml(cc.score(), cc.rationale(), cc.evidence().stream().map(EvidenceYaml::of).toList()));
    }
    return criteria;
  }

  /**
   * A coding as the YAML of a case file's {@code codings} entry: the head (its {@code note} left
   * out when null), then the criteria by id.
   */
  public record CodingYaml(@JsonUnwrapped CodingHead head, Map<String, CriterionYaml> criteria) {
    public String yaml() { return dump(this); }
  }

  /** One criterion's entry: the score (a number, or the text as typed in the form), the rationale and evidence when there are. */
  public record CriterionYaml(Object score, @JsonInclude(JsonInclude.Include.NON_NULL) String rationale,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EvidenceYaml> evidence) { }

  /** One evidence item; the quote and objectives are left out when absent. */
  public record EvidenceYaml(String source, String locator, @JsonInclude(JsonInclude.Include.NON_NULL) String quote,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Integer> objectives) {
    static EvidenceYaml of(Evidence e) { return new EvidenceYaml(e.source(), e.locator(), e.quote(), e.objectives()); }
  }

  /** In the YAML of a coding, a null note is left out (a case file has no {@code note: null}); {@code to: null} stays. */
  private abstract static class NoteOnlyWhenGiven {
    @JsonInclude(JsonInclude.Include.NON_NULL) abstract String note();
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

  private static String dump(Object o) {
    try {
      return YAML.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

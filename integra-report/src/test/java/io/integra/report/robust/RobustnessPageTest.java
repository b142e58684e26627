package io.integra.report.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.integra.casebase.CaseBaseLoader;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import io.integra.core.robust.FlipSearch;
import io.integra.core.robust.PerturbationSpace;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.Scenario;
import io.integra.core.robust.ScenarioComparison;
import io.integra.core.robust.VerdictRobustness;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

/** The robustness page: valid HTML (Nu Html Checker), user text escaped, one chart per case and lens. */
class RobustnessPageTest {
  @Test void validEscapedHtmlWithAScenario() throws Exception {
    CaseBase base = CaseBaseLoader.bundled();
    IntegrationCase c = base.cases().get(0);
    // a hostile name, as a user's case file could hold
    IntegrationCase evil = new IntegrationCase(c.id(), "<script>alert(1)</script> & co", c.shortName(), c.summary(), c.focus(),
        c.founding(), c.members(), c.institutions(), c.milestones(), c.policies(), c.codings());
    LocalDate at = LocalDate.of(2016, 6, 30);
    Assessor assessor = new Assessor(base.codebook());
    RobustnessSpec spec = RobustnessSpec.DEFAULT;
    String lens = base.codebook().lensIds().get(0);
    PerturbationSpace space = PerturbationSpace.of(assessor.compiled(lens), base.codebook(), evil, at, null, spec, Map.of());
    List<RobustnessPage.Entry> entries = List.of(new RobustnessPage.Entry(evil.id(), evil.name(), lens,
        VerdictRobustness.of(space, spec), FlipSearch.of(space, spec)));
    String member = c.membersAt(at).isEmpty() ? null : c.membersAt(at).get(0);
    List<Scenario.Change> changes = member == null ? List.of()
        : List.of(new Scenario.Leave(c.id(), member, at.minusDays(1), "<b>note</b>"));
    Scenario s = new Scenario("s", "<i>what if</i>", "thesis §5", List.of(lens), List.of(at), changes);
    String html = RobustnessPage.render(at, entries, s, ScenarioComparison.of(base, s, spec));
    assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
        .doesNotContain("<i>what if</i>").contains("&lt;i&gt;what if").doesNotContain("<b>note</b>");
    assertThat(html).contains("-bar\"");

    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    List<String> errors = new ArrayList<>();
    for (JsonNode m : new ObjectMapper().readTree(out).path("messages")) {
      if ("error".equals(m.path("type").asText())) errors.add(m.path("message").asText() + " [" + m.path("extract").asText() + "]");
    }
    assertThat(errors).isEmpty();
  }
}

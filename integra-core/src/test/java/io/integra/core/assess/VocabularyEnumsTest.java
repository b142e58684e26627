package io.integra.core.assess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.integra.core.cases.InstitutionNature;
import io.integra.core.codebook.LensKind;
import io.integra.core.vocabulary.Term;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The closed vocabularies keep the spellings of the files and JSON (docs/assessment.md, docs/case-format.md). */
class VocabularyEnumsTest {
  @Test void verdictLabelsAreTheDocumentedSpellings() {
    assertThat(VerdictLabel.ids()).containsExactly("none", "transition", "pluralistic", "amalgamated", "explained",
        "not-explained", "undetermined");
    for (VerdictLabel v : VerdictLabel.values()) {
      assertThat(VerdictLabel.of(v.id())).isSameAs(v);
      assertThat(v.toString()).isEqualTo(v.id());
    }
    assertThat(VerdictLabel.of(null)).isNull();
    assertThat(Term.idOf(null)).isNull();
    assertThatThrownBy(() -> VerdictLabel.of("PLURALISTIC")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pluralistic");
  }

  @Test void onlyUndeterminedIsUnsettled() {
    assertThat(Arrays.stream(VerdictLabel.values()).filter(v -> !v.settled())).containsExactly(VerdictLabel.UNDETERMINED);
    assertThat(VerdictRule.settled((VerdictLabel) null)).isTrue();
    assertThat(VerdictRule.determined(null)).isFalse();
  }

  @Test void couplingKindAndNatureRoundTrip() {
    assertThat(Arrays.stream(Coupling.values()).map(Coupling::id)).containsExactly("tight", "loose");
    assertThat(Coupling.of("loose")).isSameAs(Coupling.LOOSE);
    assertThat(Arrays.stream(LensKind.values()).map(LensKind::id)).containsExactly("security-community", "intergovernmental", "other");
    assertThat(Term.byId(LensKind.class, "realist")).isEmpty();
    assertThat(LensKind.expected()).isEqualTo("security-community, intergovernmental or other");
    assertThat(Arrays.stream(InstitutionNature.values()).map(InstitutionNature::id)).containsExactly("supranational", "intergovernmental");
    assertThat(InstitutionNature.of("supranational")).isSameAs(InstitutionNature.SUPRANATIONAL);
    assertThatThrownBy(() -> InstitutionNature.of("federal")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test void onlyTheTwoTheoriesHaveADecidingRole() {
    assertThat(VerdictRule.decidingRole(LensKind.SECURITY_COMMUNITY)).isEqualTo(VerdictRule.ROLE_PLURALISTIC);
    assertThat(VerdictRule.decidingRole(LensKind.INTERGOVERNMENTAL)).isEqualTo(VerdictRule.ROLE_LI_EXPLAINS);
    assertThat(VerdictRule.decidingRole(LensKind.OTHER)).isNull();
  }
}

package io.integra.casebase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.integra.core.cases.IntegrationCase;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled cases' membership spells say what the sourced fact sheets say (shared/facts). */
class BundledMembershipTest {

  @Test void albaMembersAtTheTwoDatesOfTheIssueFollowTheFactSheet() throws IOException {
    IntegrationCase alba = CaseBaseLoader.bundled().find("alba").orElseThrow(() -> new AssertionError("bundled case 'alba' missing"));
    JsonNode sheet = FactSheets.read("alba.yaml");
    for (LocalDate d : new LocalDate[] {LocalDate.of(2009, 12, 31), LocalDate.of(2019, 6, 30)}) {
      assertThat(alba.membersAt(d)).as("ALBA members at %s", d).isEqualTo(FactSheets.membersAt(sheet, d));
    }
    // the sheet itself, read independently, says Ecuador left in 2018 and Honduras in 2010
    assertThat(FactSheets.membersAt(sheet, LocalDate.of(2019, 6, 30))).doesNotContain("ECU", "HND").contains("BOL");
    assertThat(FactSheets.membersAt(sheet, LocalDate.of(2009, 12, 31))).contains("ECU", "HND");
  }

  /**
   * Every bundled case, on 1 January and 1 July of every year from its founding to 2025, has the
   * members its fact sheet's intervals give. (Deviations on single days, such as the United
   * Kingdom's last day, are explained in the case files' notes and fall between these dates.)
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"eu", "alba", "pacific-alliance", "mercosur", "unasur", "celac", "sica", "can", "acs"})
  void everyBundledCaseFollowsItsFactSheet(String id) throws IOException {
    IntegrationCase c = CaseBaseLoader.bundled().find(id).orElseThrow(() -> new AssertionError("bundled case missing: " + id));
    JsonNode sheet = FactSheets.read(id.replace('-', '_') + ".yaml");
    int checked = 0;
    for (int year = c.foundedOn().getYear(); year <= 2025; year++) {
      for (LocalDate d : new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 7, 1)}) {
        if (d.isBefore(c.foundedOn())) continue;
        assertThat(c.membersAt(d)).as("%s members at %s", id, d).isEqualTo(FactSheets.membersAt(sheet, d));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
  }
}

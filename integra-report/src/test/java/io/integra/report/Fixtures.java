package io.integra.report;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.CaseBase;
import io.integra.report.model.ReportModel;
import io.integra.report.model.ReportModelBuilder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The test case base: the made-up organisations in src/test/resources/fixture, with or without the bundled cases. */
public final class Fixtures {
  public static final LocalDate AT = LocalDate.of(2016, 6, 30);

  private Fixtures() { }

  public static Path dir() {
    try {
      return Path.of(Fixtures.class.getResource("/fixture").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static CaseBase fixtureOnly() { return CaseBaseLoader.load(List.of(dir()), false); }

  /** The bundled cases (whatever the bundle holds) plus the fixture cases, as a user's --cases would give. */
  public static CaseBase withBundled() { return CaseBaseLoader.load(List.of(dir()), true); }

  public static ReportModel model() { return new ReportModelBuilder(withBundled(), AT, List.of(), List.of()).build(); }

  /** The DOTS-format fixture (MERCOSUR members, 2014-2016; see io.integra.flows.IndicatorSeriesTest). */
  public static Path dotsFixture() {
    try {
      return Path.of(Fixtures.class.getResource("/indicators/dots-mini.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ReportModel withIndicators;

  /** The model with the codebook's indicator recipes measured on the fixture file by the real flows engine (DuckDB). */
  public static synchronized ReportModel modelWithIndicators() {
    if (withIndicators == null) {
      try (var p = new io.integra.flows.IndicatorService(java.util.Map.of("trade",
          new io.integra.flows.data.FlowSource(dotsFixture(), io.integra.flows.data.FlowFormat.DOTS)))) {
        withIndicators = new ReportModelBuilder(withBundled(), AT, List.of(), List.of()).indicators(p).build();
      }
    }
    return withIndicators;
  }

  /** target/ of this module, for test artefacts. */
  public static Path target() { return Path.of("target").toAbsolutePath(); }
}

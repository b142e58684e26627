package io.integra.cli;

import io.integra.casebase.CaseBaseLoader;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where a command reads its cases from: the bundled case base, plus any files or folders given. */
public class CaseBaseOptions {
  @Option(names = "--cases", paramLabel = "PATH", description = "A case file or case-base folder to add (repeatable).")
  public List<Path> cases = new ArrayList<>();

  @Option(names = "--no-bundled", description = "Leave out the bundled thesis cases.")
  public boolean noBundled;

  public CaseBase load() {
    if (cases.isEmpty() && !noBundled) return CaseBaseLoader.bundled();
    return CaseBaseLoader.load(cases, !noBundled);
  }

  public static IntegrationCase find(CaseBase base, String id) {
    return base.find(id).orElseThrow(() -> new CliException("unknown case '" + id + "'; known cases: "
        + String.join(", ", base.cases().stream().map(IntegrationCase::id).toList())));
  }
}

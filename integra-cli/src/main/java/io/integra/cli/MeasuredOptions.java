package io.integra.cli;

import io.integra.casebase.measured.MeasuredLoader;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.indicator.MeasuredMemberships;
import io.integra.core.indicator.Precedence;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --no-measured} and {@code --prefer coded|measured}: whether the measured memberships
 * (docs/measured.md; the bundled product, and the one beside a {@code --cases} folder) fill the
 * criteria the codings leave open, and which one decides where both exist (coded by default).
 */
public class MeasuredOptions {
  @Option(names = "--no-measured", description = "Use the coded memberships only (no memberships measured from data).")
  public boolean noMeasured;

  @Option(names = "--prefer", paramLabel = "coded|measured", defaultValue = "coded",
      description = "Which membership decides where a criterion is both coded and measured (default: ${DEFAULT-VALUE}).")
  public Precedence prefer = Precedence.CODED;

  /** The measured memberships for {@code base} (none with --no-measured); notes (e.g. a stale product) go to {@code err}. */
  public MeasuredMemberships load(CaseBase base, List<Path> casePaths, PrintWriter err) {
    if (noMeasured) return MeasuredMemberships.NONE;
    MeasuredLoader.Loaded l = MeasuredLoader.forBase(base, casePaths);
    if (err != null) {
      for (String w : l.warnings()) err.println("integra: note: " + w);
      err.flush();
    }
    return l.values();
  }

  /** An assessor over {@code base} with the measured memberships (unless --no-measured) and the precedence. */
  public Assessor assessor(CaseBase base, List<Path> casePaths, PrintWriter err) {
    return new Assessor(base.codebook(), load(base, casePaths, err), prefer);
  }
}

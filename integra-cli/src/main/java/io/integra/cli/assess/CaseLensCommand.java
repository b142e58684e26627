package io.integra.cli.assess;

import io.integra.cli.CaseBaseOptions;
import io.integra.cli.FormatOption;
import io.integra.cli.MeasuredOptions;
import io.integra.core.assess.Assessor;
import io.integra.core.cases.CaseBase;
import io.integra.core.cases.IntegrationCase;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What the commands that look at cases through a lens share ({@code assess}, {@code compare},
 * {@code timeline} and the {@code robustness} ones): the case base, the lens and coder, measured
 * memberships and the output format, and the first steps of every run. picocli reads the annotated
 * fields of this superclass for each subclass.
 */
public abstract class CaseLensCommand implements Runnable {
  @Spec protected CommandSpec spec;
  @Mixin protected CaseBaseOptions source;
  @Mixin protected LensOptions lensOptions;
  @Mixin protected MeasuredOptions measuredOptions;
  @Mixin protected FormatOption format;

  /** Set by {@link #load()}. */
  protected CaseBase base;
  protected Assessor assessor;

  /** Loads the case base and builds the assessor for the chosen lens (checked) and measured memberships. */
  protected final void load() {
    base = source.load();
    assessor = lensOptions.assessor(base, measuredOptions, source.cases, spec.commandLine().getErr());
  }

  /** The named case, refused if the chosen coder has not coded it. */
  protected final IntegrationCase find(String id) {
    IntegrationCase c = CaseBaseOptions.find(base, id);
    lensOptions.checkCoder(c);
    return c;
  }

  protected final PrintWriter out() {
    return spec.commandLine().getOut();
  }
}

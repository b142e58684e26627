package io.integra.cli.robust;

import io.integra.casebase.robust.RobustnessReader;
import io.integra.cli.CaseBaseOptions;
import io.integra.cli.CliException;
import io.integra.core.codebook.Codebook;
import io.integra.core.robust.RobustnessSpec;
import io.integra.core.robust.UncodedMode;
import io.integra.storage.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the ranges of a robustness analysis come from: {@code --robustness FILE}, else the
 * {@code robustness} section of the workspace's codebook, else the documented defaults
 * (docs/robustness.md); a few options override single values.
 */
public class RobustnessOptions {
  @Option(names = "--robustness", paramLabel = "FILE", description = "A robustness file (YAML, 'robustness:' section; see docs/robustness.md).")
  Path file;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the draws when the space is sampled (default: the spec's, 1).")
  Long seed;

  @Option(names = "--samples", paramLabel = "N", description = "Draws when the space is too large to enumerate (default: the spec's, 10000).")
  Integer samples;

  @Option(names = "--uncoded", paramLabel = "MODE", description = "Uncoded criteria: 'interval' (stay [0,1]) or 'scale' (every point of the scale).")
  String uncoded;

  /** The spec for a command reading {@code source}. */
  public RobustnessSpec spec(CaseBaseOptions source, Codebook codebook) {
    RobustnessSpec spec = RobustnessSpec.DEFAULT;
    if (file != null) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CliException("cannot read robustness file " + file + ": " + e.getMessage());
      }
      spec = RobustnessReader.read(file.toString(), text, codebook);
    } else if (!source.noBundled) {
      try (Workspace ws = source.openWorkspace()) {
        String text = ws.codebookText();
        if (text != null && RobustnessReader.hasSection(text)) spec = RobustnessReader.read("workspace codebook", text, codebook);
      }
    }
    if (seed != null) spec = spec.withSeed(seed);
    if (samples != null) {
      if (samples < 1) throw new CliException("--samples must be at least 1, got " + samples);
      spec = spec.withSamples(samples);
    }
    if (uncoded != null) {
      spec = spec.withUncoded(UncodedMode.byId(uncoded)
          .orElseThrow(() -> new CliException("--uncoded '" + uncoded + "' is not known; expected interval or scale")));
    }
    return spec;
  }
}

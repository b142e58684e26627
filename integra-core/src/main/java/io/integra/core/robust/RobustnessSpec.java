package io.integra.core.robust;

import java.util.List;

/**
 * The sources of uncertainty and their ranges: what a robustness analysis perturbs. Read from the
 * {@code robustness} section of a codebook or a robustness file (docs/robustness.md); every
 * component has a documented default ({@link #DEFAULT}).
 *
 * @param scaleSteps      how many steps a coded score may move on its scale, each way (default 1:
 *                        a score on a four-value scale could be its neighbour)
 * @param continuousStep  the step on a continuous scale (default 0.1)
 * @param coders          whether every coder's score at the date is an admissible value, not only
 *                        the deciding coder's (default true)
 * @param bands           the transition band half-widths tried (default 0.05, 0.10, 0.15: the
 *                        rule's 0.10, halved and one and a half times)
 * @param uncoded         how uncoded criteria enter (default {@link UncodedMode#INTERVAL})
 * @param uncodedScale    the scale for {@link UncodedMode#SCALE} when the coding names none (null:
 *                        the first scale of the codebook with stated points)
 * @param anchors         calibration anchor ranges of measured memberships
 * @param exhaustiveLimit the largest space enumerated exhaustively (default 65,536); above it,
 *                        {@code samples} perturbations are drawn with {@code seed}
 * @param samples         number of draws when sampling (default 10,000)
 * @param seed            the seed of the draws (default 1; printed with every sampled result)
 * @param flipMaxSize     the largest set of criterion changes the flip search tries (default 3)
 * @param flipMaxSets     how many flip sets are listed at most (default 12)
 * @param inclCuts        QCA raw consistency thresholds swept (default 0.75, 0.80, 0.85, 0.90)
 * @param priCuts         QCA PRI thresholds swept (default 0, i.e. not used)
 * @param nCuts           QCA frequency thresholds swept (default 1, 2)
 */
public record RobustnessSpec(int scaleSteps, double continuousStep, boolean coders, List<Double> bands,
                             UncodedMode uncoded, String uncodedScale, List<AnchorRange> anchors,
                             long exhaustiveLimit, int samples, long seed, int flipMaxSize, int flipMaxSets,
                             List<Double> inclCuts, List<Double> priCuts, List<Integer> nCuts) {

  /** The documented defaults (docs/robustness.md). */
  public static final RobustnessSpec DEFAULT = new RobustnessSpec(1, 0.1, true, List.of(0.05, 0.10, 0.15),
      UncodedMode.INTERVAL, null, List.of(), 65_536, 10_000, 1, 3, 12,
      List.of(0.75, 0.80, 0.85, 0.90), List.of(0.0), List.of(1, 2));

  public RobustnessSpec {
    bands = List.copyOf(bands);
    anchors = List.copyOf(anchors);
    inclCuts = List.copyOf(inclCuts);
    priCuts = List.copyOf(priCuts);
    nCuts = List.copyOf(nCuts);
    if (scaleSteps < 0) throw new IllegalArgumentException("scale steps must be >= 0, got " + scaleSteps);
    if (!(continuousStep > 0 && continuousStep <= 1)) throw new IllegalArgumentException("continuous step must be in (0, 1], got " + continuousStep);
    if (bands.isEmpty()) throw new IllegalArgumentException("at least one band half-width is needed");
    for (double b : bands) if (!(b > 0 && b < 0.5)) throw new IllegalArgumentException("band half-width must be in (0, 0.5), got " + b);
    if (exhaustiveLimit < 1 || samples < 1) throw new IllegalArgumentException("exhaustive limit and samples must be positive");
    if (flipMaxSize < 0 || flipMaxSets < 0) throw new IllegalArgumentException("flip limits must be >= 0");
  }

  /** The anchor range of a criterion, if any. */
  public java.util.Optional<AnchorRange> anchor(String criterion) {
    return anchors.stream().filter(a -> a.criterion().equals(criterion)).findFirst();
  }

  public RobustnessSpec withSeed(long s) {
    return new RobustnessSpec(scaleSteps, continuousStep, coders, bands, uncoded, uncodedScale, anchors, exhaustiveLimit,
        samples, s, flipMaxSize, flipMaxSets, inclCuts, priCuts, nCuts);
  }

  public RobustnessSpec withSamples(int n) {
    return new RobustnessSpec(scaleSteps, continuousStep, coders, bands, uncoded, uncodedScale, anchors, exhaustiveLimit,
        n, seed, flipMaxSize, flipMaxSets, inclCuts, priCuts, nCuts);
  }

  public RobustnessSpec withBands(List<Double> b) {
    return new RobustnessSpec(scaleSteps, continuousStep, coders, b, uncoded, uncodedScale, anchors, exhaustiveLimit,
        samples, seed, flipMaxSize, flipMaxSets, inclCuts, priCuts, nCuts);
  }

  public RobustnessSpec withUncoded(UncodedMode m) {
    return new RobustnessSpec(scaleSteps, continuousStep, coders, bands, m, uncodedScale, anchors, exhaustiveLimit,
        samples, seed, flipMaxSize, flipMaxSets, inclCuts, priCuts, nCuts);
  }

  public RobustnessSpec withExhaustiveLimit(long n) {
    return new RobustnessSpec(scaleSteps, continuousStep, coders, bands, uncoded, uncodedScale, anchors, n,
        samples, seed, flipMaxSize, flipMaxSets, inclCuts, priCuts, nCuts);
  }
}

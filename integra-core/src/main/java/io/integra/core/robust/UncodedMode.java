package io.integra.core.robust;

/**
 * How a criterion the coding in force leaves uncoded enters the perturbations.
 *
 * <ul>
 *   <li>{@link #INTERVAL} (default): it stays the interval {@code [0, 1]} in every perturbation, as
 *       in the assessment itself: unknown is not zero, and no made-up value is put in its place;
 *       a verdict that depends on it is counted, but not as settled.</li>
 *   <li>{@link #SCALE}: it takes every point of the scale in turn (the coding's scale, or the
 *       spec's {@code uncodedScale}), as if a coder had coded it: the share then answers "how
 *       many of the codings the scale allows give this verdict".</li>
 * </ul>
 */
public enum UncodedMode {
  INTERVAL("interval"), SCALE("scale");

  private final String id;

  UncodedMode(String id) { this.id = id; }

  public String id() { return id; }

  public static java.util.Optional<UncodedMode> byId(String id) {
    for (UncodedMode m : values()) if (m.id.equals(id)) return java.util.Optional.of(m);
    return java.util.Optional.empty();
  }
}

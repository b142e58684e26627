package io.integra.flows.engine;

/** Progress of a long load, reported by engines; implementations render it (e.g. a bar on stderr). */
@FunctionalInterface
public interface Progress {
  /** @param fraction in [0, 1], or negative when unknown */
  void update(String phase, double fraction);

  Progress NONE = (p, f) -> { };
}

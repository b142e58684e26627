package io.integra.flows.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Finds engines on the class path ({@code META-INF/services/io.integra.flows.engine.FlowEngine}). */
public final class FlowEngines {
  private FlowEngines() { }

  public static List<FlowEngine> available() {
    List<FlowEngine> out = new ArrayList<>();
    ServiceLoader.load(FlowEngine.class, FlowEngines.class.getClassLoader()).forEach(out::add);
    return out;
  }

  public static Optional<FlowEngine> find(String id) {
    return available().stream().filter(e -> e.id().equals(id)).findFirst();
  }
}

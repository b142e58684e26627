package io.integra.core.codebook;

import java.util.List;
import java.util.Optional;

/**
 * A theoretical lens through which cases are read (thesis §2.2, §3): its criteria, its outcomes
 * as formulas, and for the Buen Vivir lens the objectives, links and reinterpretations.
 */
public record Lens(String id, String name, String description, String source, LensKind kind,
                   List<Criterion> criteria, List<Outcome> outcomes, List<Objective> objectives,
                   List<ObjectiveLink> objectiveLinks, List<Reinterpretation> reinterpretations) {

  public Lens {
    criteria = List.copyOf(criteria);
    outcomes = List.copyOf(outcomes);
    objectives = List.copyOf(objectives);
    objectiveLinks = List.copyOf(objectiveLinks);
    reinterpretations = List.copyOf(reinterpretations);
  }

  public Optional<Criterion> criterion(String id) { return criteria.stream().filter(c -> c.id().equals(id)).findFirst(); }

  public Optional<Outcome> outcome(String id) { return outcomes.stream().filter(o -> o.id().equals(id)).findFirst(); }

  /** The first outcome whose role is {@code role}. */
  public Optional<Outcome> outcomeWithRole(String role) { return outcomes.stream().filter(o -> role.equals(o.role())).findFirst(); }

  public List<Criterion> criteriaWith(Role role) { return criteria.stream().filter(c -> c.has(role)).toList(); }

  public Optional<Objective> objective(int number) { return objectives.stream().filter(o -> o.number() == number).findFirst(); }
}

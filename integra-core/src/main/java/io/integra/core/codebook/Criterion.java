package io.integra.core.codebook;

import java.util.List;
import java.util.Set;

/**
 * One condition of a lens.
 *
 * @param id         stable public id (model.md §2.1–2.2 ids are used verbatim)
 * @param name       short human name
 * @param definition definition in the codebook's own words
 * @param roles      the parts it plays in the lens
 * @param dimension  the dimension of integration it bears on (political, economic, social), or null
 * @param source     the thesis section or work it comes from, e.g. {@code thesis §4.5.1.3}
 * @param indicator  a data-based recipe for its membership, or null when it is coded by argument only
 */
public record Criterion(String id, String name, String definition, Set<Role> roles, String dimension,
                        String source, Indicator indicator) {
  public Criterion {
    roles = Set.copyOf(roles);
  }

  public boolean has(Role role) { return roles.contains(role); }

  /**
   * How a criterion's membership can be measured from transaction-flow data, calibrated with
   * QCA's direct method (Ragin 2008, <i>Redesigning Social Inquiry</i>, ch. 5).
   *
   * @param index        a flow index id (e.g. {@code share}, {@code intensity}, {@code migrant-intensity})
   * @param flow         which data set it reads (e.g. {@code trade}, {@code migration})
   * @param exclusion    the value for full non-membership
   * @param crossover    the value of maximum ambiguity (0.5)
   * @param inclusion    the value for full membership
   * @param note         why these anchors
   * @param formula      the formula in words or symbols, or null
   * @param source       the thesis section the recipe reads (e.g. {@code thesis §4.5.1.5}), or null
   * @param literature   the works the anchors come from, or null
   * @param limits       what the recipe does not capture, or null
   */
  public record Indicator(String index, String flow, double exclusion, double crossover, double inclusion, String note,
                          String formula, String source, String literature, String limits) {
    /** A recipe without the descriptive fields. */
    public Indicator(String index, String flow, double exclusion, double crossover, double inclusion, String note) {
      this(index, flow, exclusion, crossover, inclusion, note, null, null, null, null);
    }
  }

  public static List<String> ids(List<Criterion> criteria) { return criteria.stream().map(Criterion::id).toList(); }
}

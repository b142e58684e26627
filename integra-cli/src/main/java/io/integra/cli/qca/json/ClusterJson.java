package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.integra.qca.cluster.ClusterFit;

import java.util.List;

/**
 * Cluster diagnostics of a model or expression (Garcia-Castro &amp; Ari&ntilde;o 2016): pooled fit, the fit within
 * each cluster and between clusters in each year, and the distances of those from the pooled consistency.
 */
public record ClusterJson(Part pooled, @JsonProperty("within_cases") List<Part> withinCases,
                          @JsonProperty("case_distance") Double caseDistance, @JsonProperty("between_years") List<Part> betweenYears,
                          @JsonProperty("year_distance") Double yearDistance) {

    public static ClusterJson of(ClusterFit cf) {
        return new ClusterJson(Part.of(cf.pooled()), cf.byCase().stream().map(Part::of).toList(), Numbers.orNull(cf.caseDistance()),
                cf.byYear().stream().map(Part::of).toList(), Numbers.orNull(cf.yearDistance()));
    }

    /** The fit over one group of units (a cluster, a year or all). */
    public record Part(String cluster, int units, @JsonProperty("inclS") Double inclS, @JsonProperty("covS") Double covS) {
        static Part of(ClusterFit.Part p) {
            return new Part(p.cluster(), p.units(), Numbers.orNull(p.inclS()), Numbers.orNull(p.covS()));
        }
    }

    /** The diagnostics of one model of a solution ({@code qca minimize} on clustered units). */
    public record OfModel(String solution, String model, @JsonUnwrapped ClusterJson fit) {}
}

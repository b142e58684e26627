package io.integra.cli.qca.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.integra.qca.fuzzy.NecessityFit;
import io.integra.qca.fuzzy.SufficiencyFit;

import java.util.List;

/** Parameters of fit as JSON (null where a value is undefined). */
public final class FitJson {
    private FitJson() {}

    /** Sufficiency of a term: inclS, PRI, covS, covU. */
    public record Sufficiency(String term, @JsonProperty("inclS") Double inclS, @JsonProperty("PRI") Double pri,
                              @JsonProperty("covS") Double covS, @JsonProperty("covU") Double covU) {
        public static Sufficiency of(SufficiencyFit f) {
            return new Sufficiency(f.term(), Numbers.orNull(f.inclS()), Numbers.orNull(f.PRI()), Numbers.orNull(f.covS()), Numbers.orNull(f.covU()));
        }

        public static List<Sufficiency> of(List<SufficiencyFit> fits) {
            return fits.stream().map(Sufficiency::of).toList();
        }
    }

    /** Necessity of a term: inclN, RoN, covN. */
    public record Necessity(String term, @JsonProperty("inclN") Double inclN, @JsonProperty("RoN") Double roN,
                            @JsonProperty("covN") Double covN) {
        public static Necessity of(NecessityFit f) {
            return new Necessity(f.term(), Numbers.orNull(f.inclN()), Numbers.orNull(f.RoN()), Numbers.orNull(f.covN()));
        }
    }

    /** {@code qca necessity --format json}. */
    public record NecessityResult(List<Necessity> conditions) {
        public static NecessityResult of(List<NecessityFit> fits) {
            return new NecessityResult(fits.stream().map(Necessity::of).toList());
        }
    }

    /** {@code qca sufficiency --format json}; {@code cluster} only on clustered units with --expression. */
    public record SufficiencyResult(List<Sufficiency> terms, @JsonInclude(JsonInclude.Include.NON_NULL) ClusterJson cluster) {
        public static SufficiencyResult of(List<SufficiencyFit> fits) {
            return new SufficiencyResult(Sufficiency.of(fits), null);
        }
    }
}

package io.integra.qca;

import io.integra.qca.cluster.ClusterFit;
import io.integra.qca.minimize.Relation;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** R's arrow rule and the panel (cluster) diagnostics on small hand-made data. */
class RelationAndClusterTest {
    @Test
    void arrowClaimsNecessityOnlyAtFullCoverage() {
        assertThat(Relation.arrow(1.0)).isEqualTo("<->");
        assertThat(Relation.arrow(1.0 - 1e-10)).isEqualTo("<->"); // within admisc's tolerance
        assertThat(Relation.arrow(0.999)).isEqualTo("->");
        assertThat(Relation.arrow(0.712)).isEqualTo("->");
        assertThat(Relation.arrow(Double.NaN)).isEqualTo("->");
        assertThat(Relation.arrow(0.9, 0.9)).isEqualTo("<->");
    }

    @Test
    void clusterFitSplitsPooledConsistencyByCaseAndYear() {
        // two cases, two years: case A consistent (x <= y), case B not
        double[] x = {0.8, 0.6, 0.9, 0.7};
        double[] y = {0.9, 0.7, 0.3, 0.2};
        List<String> cases = List.of("A", "A", "B", "B");
        List<String> years = List.of("1", "2", "1", "2");
        ClusterFit f = ClusterFit.of(x, y, cases, years);
        double pooled = (0.8 + 0.6 + 0.3 + 0.2) / (0.8 + 0.6 + 0.9 + 0.7);
        assertThat(f.pooled().inclS()).isCloseTo(pooled, within(1e-12));
        assertThat(f.pooled().covS()).isCloseTo((0.8 + 0.6 + 0.3 + 0.2) / (0.9 + 0.7 + 0.3 + 0.2), within(1e-12));
        assertThat(f.byCase()).extracting(ClusterFit.Part::cluster).containsExactly("A", "B");
        assertThat(f.byCase().get(0).inclS()).isCloseTo(1.0, within(1e-12));
        assertThat(f.byCase().get(1).inclS()).isCloseTo(0.5 / 1.6, within(1e-12));
        assertThat(f.byYear().get(0).inclS()).isCloseTo((0.8 + 0.3) / (0.8 + 0.9), within(1e-12));
        double d = Math.sqrt((Math.pow(1.0 / pooled - 1, 2) + Math.pow((0.5 / 1.6) / pooled - 1, 2)) / 2);
        assertThat(f.caseDistance()).isCloseTo(d, within(1e-12));
        assertThat(ClusterFit.of(x, y, cases, null).byYear()).isEmpty();
        assertThat(Arrays.asList(ClusterFit.of(x, y, cases, null).yearDistance())).containsExactly(Double.NaN);
    }
}

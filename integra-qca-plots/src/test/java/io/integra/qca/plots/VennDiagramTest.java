package io.integra.qca.plots;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Venn layouts are Venn diagrams: each of the 2^k configurations has a region of its own, labelled inside it. */
class VennDiagramTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyConfigurationHasARegionWithItsLabelInside(int k) {
        Rectangle2D frame = new Rectangle2D.Double(0, 0, 400, 400);
        List<Area> sets = VennDiagram.sets(k, 0, 0, 400);
        int[][] labels = VennDiagram.labelPoints(sets, frame, k);
        for (int no = 1; no <= (1 << k); no++) {
            int[] v = new int[k];
            for (int c = 0; c < k; c++) v[c] = ((no - 1) >> (k - 1 - c)) & 1;
            assertThat(VennDiagram.rowNumber(v)).isEqualTo(no);
            Area region = VennDiagram.region(sets, v, frame);
            assertThat(region.isEmpty()).as("row %d of %d sets", no, k).isFalse();
            assertThat(labels[no]).as("label of row %d", no).isNotNull();
            assertThat(region.contains(labels[no][0], labels[no][1])).as("label of row %d inside its region", no).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6})
    void moreThanFiveConditionsAreRefused(int k) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VennDiagram.layout(k)).isInstanceOf(IllegalArgumentException.class);
    }
}

/**
 * Adapter: drawings of QCA results. XY plots of a solution's membership against the outcome (JFreeChart,
 * written as SVG through JFreeSVG and as PNG through Java2D) and Venn diagrams of a truth table (shapes and
 * regions computed with {@link java.awt.geom.Area}, written through JFreeSVG). Kept apart from the pure
 * {@code integra-qca}, which has no I/O and no dependency.
 */
package io.integra.qca.plots;

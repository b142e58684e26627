/** XY plots and Venn diagrams of QCA solutions (JFreeChart, JFreeSVG). */
module io.integra.qca.plots {
  requires transitive io.integra.qca;
  requires java.desktop;
  requires org.jfree.jfreechart;
  requires org.jfree.svg;

  exports io.integra.qca.plots;
}

/** Pure QCA (R QCA's vocabulary): no dependency beyond {@code java.base}; every package is API. */
module io.integra.qca {
  exports io.integra.qca;
  exports io.integra.qca.calibrate;
  exports io.integra.qca.cluster;
  exports io.integra.qca.data;
  exports io.integra.qca.fuzzy;
  exports io.integra.qca.minimize;
  exports io.integra.qca.notation;
  exports io.integra.qca.robust;
  exports io.integra.qca.truthtable;
}

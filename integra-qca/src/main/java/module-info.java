/** Pure QCA (R QCA's vocabulary): no dependency beyond {@code java.base}; every package is API. */
module io.integra.qca {
  exports io.integra.qca; // Sets: the CLI's qca commands, bench
  exports io.integra.qca.calibrate; // CLI, flows (measured values)
  exports io.integra.qca.cluster; // CLI
  exports io.integra.qca.data; // CLI (CSV data), bench
  exports io.integra.qca.fuzzy; // CLI
  exports io.integra.qca.minimize; // CLI, bench
  exports io.integra.qca.notation; // CLI, bench
  exports io.integra.qca.robust; // CLI, bench
  exports io.integra.qca.truthtable; // CLI, bench
}

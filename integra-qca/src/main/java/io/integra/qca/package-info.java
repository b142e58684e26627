/**
 * Set-theoretic methods (QCA) as in the R package QCA (Dusa 2019, <i>QCA with R</i>, Springer):
 * calibration, fuzzy operations and parameters of fit, truth tables and exact Boolean minimisation.
 * Pure: no I/O, no dependency beyond the JDK. Adapters (CSV, CLI, case base) live elsewhere.
 */
package io.integra.qca;

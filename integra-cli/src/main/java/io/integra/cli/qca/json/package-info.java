/**
 * The JSON results of the {@code qca} commands and of {@code robustness qca}: immutable records that the CLI's
 * one mapper ({@code io.integra.cli.Json}) writes in declaration order. The field names are the ones scripts read
 * (R QCA's vocabulary: inclS, PRI, covS, ...); see docs/qca.md. Rows keyed by condition names (truth tables,
 * counterfactual rows, calibrated values) have small serializers that keep the names where they always stood.
 */
package io.integra.cli.qca.json;

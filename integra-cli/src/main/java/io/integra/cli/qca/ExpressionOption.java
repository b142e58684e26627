package io.integra.cli.qca;

import picocli.CommandLine.Option;

/** {@code --expression} of {@code qca necessity} and {@code qca sufficiency}: test an expression instead of each condition. */
public final class ExpressionOption {
    @Option(names = "--expression", paramLabel = "EXPR", description = "Test this expression, e.g. \"A*~B + C\".")
    String expression;
}

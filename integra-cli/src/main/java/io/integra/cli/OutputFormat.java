package io.integra.cli;

/** Output formats of data commands. */
public enum OutputFormat { text, json }

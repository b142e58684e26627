package io.integra.cli.qca;

/** Output formats of the qca commands. */
public enum QcaFormat { text, json, csv }

package io.integra.report.model;

/**
 * A bibliography entry with its formatted reference.
 *
 * @param citation  the short author–year form used beside evidence
 * @param reference the full reference, plain text
 */
public record SourceView(String key, String type, String author, String title, String year, String publisher,
                         String url, String note, String citation, String reference) { }

package io.integra.core.cases;

/**
 * A bibliography entry that evidence and facts cite by {@code key}. {@code type} follows BibTeX
 * (book, article, mastersthesis, misc, online, dataset).
 */
public record Source(String key, String type, String author, String title, String year, String publisher,
                     String url, String note) { }

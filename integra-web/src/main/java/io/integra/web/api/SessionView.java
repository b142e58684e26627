package io.integra.web.api;

/** {@code /api/session}: the signed-in user and the CSRF token for writes (both null when signed out). */
public record SessionView(String user, String csrfToken) { }

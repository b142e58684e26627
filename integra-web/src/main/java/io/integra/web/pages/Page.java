package io.integra.web.pages;

import java.time.LocalDate;

/**
 * What every page's frame needs: its title, the navigation entry to highlight, the signed-in user
 * (null: a visitor) and the CSRF token of the session (null when there is no session; forms that
 * need one create it).
 */
public record Page(String title, String nav, String user, String csrf, LocalDate at, boolean writable) {
  public boolean signedIn() { return user != null; }
}

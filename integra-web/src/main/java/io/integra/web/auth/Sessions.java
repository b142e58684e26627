package io.integra.web.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, each with its own CSRF token (the synchronizer-token pattern of the OWASP
 * CSRF Prevention Cheat Sheet). The browser holds only a random 256-bit id in an HttpOnly,
 * SameSite=Strict cookie; the signed-in user and the token stay on the server. A session is
 * created before sign-in (so that the sign-in form itself carries a token) and replaced on sign-in
 * (so that an id planted before sign-in is worthless: session fixation).
 */
public final class Sessions {
  public static final String COOKIE = "integra_session";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Duration idle;
  private final int max;
  private final Clock clock;

  /** One browser's session; {@code user} is null before sign-in. */
  public record Session(String id, String user, String csrf, Instant lastSeen) {
    public boolean signedIn() { return user != null; }
  }

  public Sessions(Duration idle, int max, Clock clock) {
    this.idle = idle;
    this.max = max;
    this.clock = clock;
  }

  public Sessions() { this(Duration.ofHours(8), 10_000, Clock.systemUTC()); }

  /** The live session with this id, its idle timer restarted; empty when unknown or expired. */
  public Optional<Session> find(String id) {
    if (id == null || id.isEmpty()) return Optional.empty();
    Session s = byId.get(id);
    if (s == null) return Optional.empty();
    Instant now = clock.instant();
    if (s.lastSeen().plus(idle).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session touched = new Session(s.id(), s.user(), s.csrf(), now);
    byId.replace(id, s, touched);
    return Optional.of(touched);
  }

  /** A new anonymous session (for the sign-in form). */
  public Session anonymous() { return create(null); }

  /** Replaces {@code old} (if any) by a new signed-in session with a new id and token. */
  public Session signIn(String oldId, String user) {
    if (oldId != null) byId.remove(oldId);
    return create(user);
  }

  public void signOut(String id) { if (id != null) byId.remove(id); }

  /** Whether {@code presented} is this session's CSRF token (constant-time comparison). */
  public static boolean csrfMatches(Session s, String presented) {
    if (s == null || presented == null) return false;
    return MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  public int size() { return byId.size(); }

  private Session create(String user) {
    if (byId.size() >= max) evictExpired();
    if (byId.size() >= max) evictOldestAnonymous();
    Session s = new Session(token(), user, token(), clock.instant());
    byId.put(s.id(), s);
    return s;
  }

  private void evictExpired() {
    Instant limit = clock.instant().minus(idle);
    byId.values().removeIf(s -> s.lastSeen().isBefore(limit));
  }

  /** Keeps the table bounded when many anonymous sessions are opened: drops anonymous ones first. */
  private void evictOldestAnonymous() {
    Iterator<Session> it = byId.values().stream().filter(s -> !s.signedIn())
        .sorted(java.util.Comparator.comparing(Session::lastSeen)).limit(Math.max(1, max / 10)).iterator();
    while (it.hasNext()) byId.remove(it.next().id());
  }

  static String token() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}

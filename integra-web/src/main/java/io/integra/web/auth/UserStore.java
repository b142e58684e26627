package io.integra.web.auth;

import io.integra.storage.accounts.Accounts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who may change data through the web workbench: the rules for names and passwords, and password
 * checking. The accounts themselves live in the workspace ({@link Accounts}, table created by the
 * workspace's migrations); only {@link PasswordHasher} hashes are stored.
 */
public final class UserStore {
  /** A user name: lower-case letters, digits, '.', '_', '-' (it doubles as the coder name). */
  public static final String NAME_PATTERN = "[a-z][a-z0-9._-]{0,39}";
  /** Shortest accepted password. */
  static final int MIN_PASSWORD = 10;

  private final Accounts accounts;
  private final PasswordHasher hasher;
  /** When an account is created ({@link User#created}). */
  private final Clock clock;

  public record User(String name, Instant created) { }

  /**
   * @param target the workspace: an SQLite file path, or a JDBC URL ({@code jdbc:sqlite:...},
   *               {@code jdbc:postgresql://...})
   */
  public UserStore(String target, PasswordHasher hasher) { this(target, hasher, Clock.systemUTC()); }

  public UserStore(String target, PasswordHasher hasher, Clock clock) {
    this.accounts = Accounts.open(target);
    this.hasher = hasher;
    this.clock = clock;
  }

  /** Adds a user; throws IllegalArgumentException for a bad name, a short password or an existing name. */
  public User add(String name, char[] password) {
    if (name == null || !name.matches(NAME_PATTERN)) {
      throw new IllegalArgumentException("user name '" + name + "' is not valid; expected lower-case letters, digits, '.', '_' or '-', starting with a letter, at most 40 characters");
    }
    checkPassword(password);
    Instant now = clock.instant();
    if (!accounts.add(name, hasher.hash(password), now)) throw new IllegalArgumentException("user '" + name + "' already exists");
    return new User(name, now);
  }

  /** Replaces a user's password; false when there is no such user. */
  public boolean setPassword(String name, char[] password) {
    checkPassword(password);
    return accounts.setPasswordHash(name, hasher.hash(password));
  }

  public boolean remove(String name) { return accounts.remove(name); }

  public List<User> list() {
    return accounts.list().stream().map(a -> new User(a.name(), a.created())).toList();
  }

  /**
   * The user when the password matches. A missing user still costs one hash, so that the answer
   * time does not tell which names exist.
   */
  public Optional<User> authenticate(String name, char[] password) {
    Optional<Accounts.Account> account = name != null && name.matches(NAME_PATTERN) ? accounts.find(name) : Optional.empty();
    if (account.isEmpty()) {
      hasher.verify(password, dummyHash());
      return Optional.empty();
    }
    Accounts.Account a = account.get();
    return hasher.verify(password, a.passwordHash()) ? Optional.of(new User(a.name(), a.created())) : Optional.empty();
  }

  private static void checkPassword(char[] password) {
    if (password == null || password.length < MIN_PASSWORD) {
      throw new IllegalArgumentException("password too short; expected at least " + MIN_PASSWORD + " characters");
    }
  }

  private volatile String dummy;

  private String dummyHash() {
    String d = dummy;
    if (d == null) dummy = d = hasher.hash("not-a-password-at-all".toCharArray());
    return d;
  }
}

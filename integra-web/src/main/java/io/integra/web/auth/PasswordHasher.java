package io.integra.web.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 from the JDK (RFC 8018 §5.2), a standard slow hash.
 *
 * <p>The iteration count follows the OWASP Password Storage Cheat Sheet (2023), which asks for
 * 600,000 iterations of PBKDF2-HMAC-SHA256. Each hash stores its own algorithm, iteration count
 * and 16-byte random salt, {@code pbkdf2-sha256$600000$<salt>$<hash>}, so the count can be raised
 * later without invalidating stored passwords. Verification compares in constant time.
 */
public final class PasswordHasher {
  public static final int DEFAULT_ITERATIONS = 600_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;

  public PasswordHasher() { this(DEFAULT_ITERATIONS); }

  public PasswordHasher(int iterations) {
    if (iterations < 1) throw new IllegalArgumentException("iterations must be positive");
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] key = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
  }

  /** Whether {@code password} matches {@code stored}; false (never an exception) for a malformed hash. */
  public boolean verify(char[] password, String stored) {
    if (stored == null) return false;
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) return false;
    try {
      int n = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual = derive(password, salt, n);
      return MessageDigest.isEqual(expected, actual);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}

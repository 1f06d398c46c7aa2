package dev.rackd.app.web;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * One password hash in Mosquitto's format, {@code $7$<iterations>$<salt>$<hash>}: PBKDF2 with
 * HMAC-SHA512, base64 salt and 64-byte hash. The same file serves Mosquitto and the dashboard, and a line
 * written by {@code mosquitto_passwd} works here (and ours there). Hashing is done by the JDK.
 */
record PasswordHash(int iterations, byte[] salt, byte[] hash) {
    static final String PREFIX = "$7$";
    /** What {@code rackd passwd} uses: OWASP's figure for PBKDF2-HMAC-SHA512 (about 1 s on a Pi 4). */
    static final int ITERATIONS = 210_000;
    /** Beyond this a line is refused: one login must not be able to occupy the Pi for minutes. */
    static final int MAX_ITERATIONS = 5_000_000;
    private static final int SALT_BYTES = 12;
    private static final int HASH_BYTES = 64;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Parses the part after {@code user:}; throws with the reason for anything else. */
    static PasswordHash parse(String text) {
        if (text.startsWith("$6$")) {
            throw new IllegalArgumentException("a $6$ (single-round SHA-512) hash is too weak; set the password again"
                    + " with 'rackd passwd' or mosquitto_passwd 2.x");
        }
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a $7$ (PBKDF2-SHA512) hash");
        }
        String[] parts = text.substring(PREFIX.length()).split("\\$", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("a $7$ hash has iterations, salt and hash separated by '$'");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("iterations '" + parts[0] + "' is not a number");
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations " + iterations + "; allowed: 1 to " + MAX_ITERATIONS);
        }
        byte[] salt;
        byte[] hash;
        try {
            salt = Base64.getDecoder().decode(parts[1]);
            hash = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad base64 in salt or hash: " + e.getMessage());
        }
        if (salt.length == 0 || hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("the salt must not be empty and the hash must be 64 bytes");
        }
        return new PasswordHash(iterations, salt, hash);
    }

    static PasswordHash create(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /** Takes about as long for a wrong password as for a right one. */
    boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    String format() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot compute PBKDF2WithHmacSHA512", e);
        } finally {
            spec.clearPassword();
        }
    }
}

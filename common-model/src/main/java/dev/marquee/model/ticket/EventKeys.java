package dev.marquee.model.ticket;

import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The Ed25519 key pair each event's tickets are signed with, and its text form for storage and for handing the
 * public key to kiosks.
 *
 * <p>Public keys travel as Base64 of their X.509 encoding, private keys as Base64 of their PKCS#8 encoding: the
 * standard encodings, so the keys also open with other tools such as OpenSSL.
 */
public final class EventKeys {

    private static final String ALGORITHM = NamedParameterSpec.ED25519.getName();

    private EventKeys() {
    }

    /** A new, random Ed25519 key pair for an event. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", e);
        }
    }

    /**
     * The text form of an event's public key: Base64 of its X.509 encoding.
     *
     * @throws IllegalArgumentException if the key is not an Ed25519 key
     */
    public static String encodePublic(PublicKey key) {
        return Base64.getEncoder().encodeToString(requireEd25519(key, "public").getEncoded());
    }

    /**
     * Reads a public key written by {@link #encodePublic}. Surrounding whitespace, such as a line break at the end of
     * a file, is ignored.
     *
     * @throws IllegalArgumentException if the text is null, blank, not Base64, or not an Ed25519 public key
     */
    public static PublicKey decodePublic(String base64) {
        byte[] encoded = base64Bytes(base64, "public");
        try {
            return keyFactory().generatePublic(new X509EncodedKeySpec(encoded));
        } catch (InvalidKeySpecException e) {
            throw notAKey("public", "X.509", e);
        }
    }

    /**
     * The text form of an event's private key: Base64 of its PKCS#8 encoding. Keep it secret.
     *
     * @throws IllegalArgumentException if the key is not an Ed25519 key
     */
    public static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(requireEd25519(key, "private").getEncoded());
    }

    /**
     * Reads a private key written by {@link #encodePrivate}. Surrounding whitespace is ignored.
     *
     * @throws IllegalArgumentException if the text is null, blank, not Base64, or not an Ed25519 private key
     */
    public static PrivateKey decodePrivate(String base64) {
        byte[] encoded = base64Bytes(base64, "private");
        try {
            return keyFactory().generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (InvalidKeySpecException e) {
            throw notAKey("private", "PKCS#8", e);
        }
    }

    private static <K extends Key> K requireEd25519(K key, String kind) {
        Objects.requireNonNull(key, "key");
        if (!(key instanceof EdECKey edKey) || !ALGORITHM.equalsIgnoreCase(edKey.getParams().getName())) {
            throw new IllegalArgumentException("An event's " + kind + " key must be an Ed25519 key, not " + key.getAlgorithm());
        }
        return key;
    }

    // The messages never repeat the text itself: it may be a private key.
    private static byte[] base64Bytes(String base64, String kind) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("No event " + kind + " key was given");
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The event " + kind + " key is not valid Base64: " + e.getMessage(), e);
        }
    }

    private static IllegalArgumentException notAKey(String kind, String encoding, InvalidKeySpecException e) {
        return new IllegalArgumentException(
                "The event " + kind + " key is not an Ed25519 " + kind + " key in " + encoding + " encoding: " + e.getMessage(), e);
    }

    private static KeyFactory keyFactory() {
        try {
            return KeyFactory.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime cannot read Ed25519 keys", e);
        }
    }
}

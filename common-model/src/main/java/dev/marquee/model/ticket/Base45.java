package dev.marquee.model.ticket;

import java.util.Arrays;
import java.util.Objects;

/**
 * Base45 as defined by RFC 9285: bytes written with the 45 characters of the QR code alphanumeric mode, so a QR
 * encoder can use that mode (5.5 bits per character) instead of byte mode (8 bits per character).
 *
 * <p>Every two bytes become three characters, least significant digit first; a trailing odd byte becomes two.
 */
final class Base45 {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final int BASE = 45;
    private static final int BASE_SQUARED = BASE * BASE;
    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = i;
        }
    }

    private Base45() {
    }

    /** The number of characters {@link #encode} produces for the given number of bytes. */
    static int encodedLength(int byteCount) {
        return byteCount / 2 * 3 + byteCount % 2 * 2;
    }

    static String encode(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        StringBuilder text = new StringBuilder(encodedLength(bytes.length));
        int i = 0;
        for (; i + 1 < bytes.length; i += 2) {
            int value = (bytes[i] & 0xFF) << 8 | bytes[i + 1] & 0xFF;
            text.append(ALPHABET.charAt(value % BASE))
                    .append(ALPHABET.charAt(value / BASE % BASE))
                    .append(ALPHABET.charAt(value / BASE_SQUARED));
        }
        if (i < bytes.length) {
            int value = bytes[i] & 0xFF;
            text.append(ALPHABET.charAt(value % BASE)).append(ALPHABET.charAt(value / BASE));
        }
        return text.toString();
    }

    /**
     * Decodes Base45 text.
     *
     * @throws IllegalArgumentException if the text has a character outside the alphabet, a length that no byte
     *                                  sequence encodes to, or a group whose value does not fit its bytes
     */
    static byte[] decode(String text) {
        Objects.requireNonNull(text, "text");
        int length = text.length();
        if (length % 3 == 1) {
            throw new IllegalArgumentException("Base45 text cannot be " + length + " characters long");
        }
        byte[] bytes = new byte[length / 3 * 2 + (length % 3 == 2 ? 1 : 0)];
        int out = 0;
        int i = 0;
        for (; i + 2 < length; i += 3) {
            int value = digit(text, i) + digit(text, i + 1) * BASE + digit(text, i + 2) * BASE_SQUARED;
            if (value > 0xFFFF) {
                throw new IllegalArgumentException("Base45 characters at " + i + " stand for " + value + ", more than two bytes hold");
            }
            bytes[out++] = (byte) (value >> 8);
            bytes[out++] = (byte) value;
        }
        if (i < length) {
            int value = digit(text, i) + digit(text, i + 1) * BASE;
            if (value > 0xFF) {
                throw new IllegalArgumentException("Base45 characters at " + i + " stand for " + value + ", more than one byte holds");
            }
            bytes[out] = (byte) value;
        }
        return bytes;
    }

    private static int digit(String text, int index) {
        char c = text.charAt(index);
        int value = c < VALUES.length ? VALUES[c] : -1;
        if (value < 0) {
            throw new IllegalArgumentException("'" + c + "' at " + index + " is not a Base45 character");
        }
        return value;
    }
}

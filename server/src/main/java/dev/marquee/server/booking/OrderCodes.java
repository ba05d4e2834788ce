package dev.marquee.server.booking;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short order codes that survive being read over the phone: eight characters in two groups, from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), such as {@code K7MX-4QPR}. About 10^11 codes.
 */
final class OrderCodes {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OrderCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * Reads a code as people type it: any case, with or without the dash or spaces.
     *
     * @return the code in its stored form, or {@code null} if the text cannot be a code
     */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() != 8 || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return compact.substring(0, 4) + "-" + compact.substring(4);
    }
}

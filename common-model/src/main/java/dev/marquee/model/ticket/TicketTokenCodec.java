package dev.marquee.model.ticket;

import dev.marquee.model.ticket.TicketVerification.Forged;
import dev.marquee.model.ticket.TicketVerification.Genuine;
import dev.marquee.model.ticket.TicketVerification.UnknownEvent;
import dev.marquee.model.ticket.TicketVerification.Unreadable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.EdECPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Writes a {@link TicketToken} as the text of a QR code, signed with the event's Ed25519 key, and checks such text
 * offline with the event's public keys.
 *
 * <h2>Format, version 1</h2>
 *
 * <p>The text is {@code MQ1:} ({@link #PREFIX} and a colon) followed by the Base45 (RFC 9285) encoding of the payload
 * and then the signature. Every character is in the QR alphanumeric set, so a QR encoder uses the dense alphanumeric
 * mode; the longest text, with both validity times as 8-byte values, is 202 characters and fits a version 10 code at
 * error correction M (311 characters). A typical ticket with a window in this century takes 190.
 *
 * <p>The bytes under the Base45, big-endian; all but the signature are the payload:
 * <pre>
 *  1 byte   version, {@value #VERSION}
 * 16 bytes  ticket id
 * 16 bytes  event id
 * 16 bytes  ticket type id
 *  2 bytes  serial, unsigned
 *  1 byte   flags: 0x01 validFrom present, 0x02 validUntil present,
 *           0x04 validFrom takes 8 bytes, 0x08 validUntil takes 8 bytes; other bits zero
 *  4|8      validFrom in epoch seconds, if present: 4 bytes unsigned when it fits (until 2106), else 8 bytes signed
 *  4|8      validUntil, likewise
 * 64 bytes  Ed25519 signature
 * </pre>
 *
 * <p>The signature covers the ASCII bytes of {@code MQ1:} followed by the payload, so a signature made for this
 * format cannot be passed off as one over the same bytes in any other context.
 */
public final class TicketTokenCodec {

    /** The payload format version this class writes and the only one it reads. */
    public static final int VERSION = 1;

    /** How every Marquee ticket code starts; a colon separates it from the Base45 text. */
    public static final String PREFIX = "MQ1";

    private static final String HEADER = PREFIX + ":";
    private static final byte[] HEADER_BYTES = HEADER.getBytes(StandardCharsets.US_ASCII);
    /** Keys of how many events a server or kiosk works with at once, before the caches start over. */
    private static final int MAX_CACHED_KEYS = 1024;
    private static final Map<PrivateKey, Ed25519PrivateKeyParameters> PRIVATE_KEYS = new ConcurrentHashMap<>();
    private static final Map<PublicKey, Ed25519PublicKeyParameters> PUBLIC_KEYS = new ConcurrentHashMap<>();

    private static final int FROM_PRESENT = 0x01;
    private static final int UNTIL_PRESENT = 0x02;
    private static final int FROM_WIDE = 0x04;
    private static final int UNTIL_WIDE = 0x08;
    private static final int KNOWN_FLAGS = FROM_PRESENT | UNTIL_PRESENT | FROM_WIDE | UNTIL_WIDE;

    private static final int FIXED_PAYLOAD_BYTES = 1 + 16 + 16 + 16 + 2 + 1;
    private static final int SIGNATURE_BYTES = 64;
    private static final int MAX_BYTES = FIXED_PAYLOAD_BYTES + 8 + 8 + SIGNATURE_BYTES;
    private static final int MAX_TEXT_LENGTH = HEADER.length() + Base45.encodedLength(MAX_BYTES);
    private static final long MAX_NARROW_SECONDS = 0xFFFF_FFFFL;

    private TicketTokenCodec() {
    }

    /**
     * Signs the token with the event's Ed25519 private key and returns the text to put in the QR code.
     *
     * @param token    what the code asserts
     * @param eventKey the private key of the token's event
     * @return the code's text, at most 202 characters, all from the QR alphanumeric set
     * @throws IllegalArgumentException if the key is not an Ed25519 private key
     */
    public static String encode(TicketToken token, PrivateKey eventKey) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(eventKey, "eventKey");
        byte[] payload = payload(token);
        byte[] signature = sign(signed(payload), eventKey);
        byte[] bytes = ByteBuffer.allocate(payload.length + signature.length).put(payload).put(signature).array();
        return HEADER + Base45.encode(bytes);
    }

    /**
     * Checks scanned text offline. Meant for kiosks: no input text makes it throw, whether null, garbage, huge or cut
     * short; every input gets a verdict.
     *
     * <p>An event may have several keys, such as during key rotation; the code is genuine if any of them verifies it.
     *
     * @param scanned     the text read from the QR code, exactly as scanned
     * @param keysOfEvent the public keys of an event, or {@code null} or an empty list when none are known; exceptions
     *                    it throws are passed on
     * @return {@link Unreadable} if the text is not a code this class can read, {@link UnknownEvent} if no keys are
     *         known for the event it names, {@link Forged} if none of the keys verifies it, otherwise {@link Genuine}
     * @throws IllegalArgumentException if one of the event's keys is null or not an Ed25519 public key, which is a
     *                                  mistake in the keys, not in the scanned text
     */
    public static TicketVerification verify(String scanned, Function<UUID, List<PublicKey>> keysOfEvent) {
        Objects.requireNonNull(keysOfEvent, "keysOfEvent");
        Scan scan;
        try {
            scan = read(scanned);
        } catch (UnreadableCode e) {
            return new Unreadable(e.getMessage());
        }
        UUID eventId = scan.token().eventId();
        List<PublicKey> keys = keysOfEvent.apply(eventId);
        if (keys == null || keys.isEmpty()) {
            return new UnknownEvent(eventId);
        }
        for (PublicKey key : keys) {
            if (signedBy(key, scan)) {
                return new Genuine(scan.token());
            }
        }
        return new Forged(eventId);
    }

    private static byte[] payload(TicketToken token) {
        Instant from = token.validFrom();
        Instant until = token.validUntil();
        int flags = 0;
        if (from != null) {
            flags |= FROM_PRESENT | (fitsNarrow(from) ? 0 : FROM_WIDE);
        }
        if (until != null) {
            flags |= UNTIL_PRESENT | (fitsNarrow(until) ? 0 : UNTIL_WIDE);
        }
        ByteBuffer payload = ByteBuffer.allocate(payloadLength(flags))
                .put((byte) VERSION)
                .put(bytes(token.ticketId()))
                .put(bytes(token.eventId()))
                .put(bytes(token.ticketTypeId()))
                .putShort((short) token.serial())
                .put((byte) flags);
        putSeconds(payload, from);
        putSeconds(payload, until);
        return payload.array();
    }

    private static Scan read(String scanned) throws UnreadableCode {
        if (scanned == null || scanned.isEmpty()) {
            throw new UnreadableCode("Nothing was scanned");
        }
        if (!scanned.startsWith(HEADER)) {
            throw new UnreadableCode("Not a Marquee ticket: the code does not start with " + HEADER);
        }
        // Checked before decoding so that a huge input costs nothing.
        if (scanned.length() > MAX_TEXT_LENGTH) {
            throw new UnreadableCode("The code is " + scanned.length() + " characters long, more than any Marquee ticket");
        }
        byte[] bytes;
        try {
            bytes = Base45.decode(scanned.substring(HEADER.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableCode("The code is damaged: " + e.getMessage());
        }
        if (bytes.length == 0) {
            throw new UnreadableCode("The code holds no ticket after " + HEADER);
        }
        int version = bytes[0] & 0xFF;
        if (version != VERSION) {
            throw new UnreadableCode("The code is in ticket format version " + version + "; this device reads version " + VERSION
                    + ", update it to check such tickets");
        }
        if (bytes.length < FIXED_PAYLOAD_BYTES + SIGNATURE_BYTES) {
            throw new UnreadableCode("The code holds " + bytes.length + " bytes, too few for a ticket; it may have been cut short");
        }
        int flags = bytes[FIXED_PAYLOAD_BYTES - 1] & 0xFF;
        if ((flags & ~KNOWN_FLAGS) != 0 || (flags & FROM_WIDE) != 0 && (flags & FROM_PRESENT) == 0
                || (flags & UNTIL_WIDE) != 0 && (flags & UNTIL_PRESENT) == 0) {
            throw new UnreadableCode("The code has unknown flags 0x" + Integer.toHexString(flags));
        }
        int payloadLength = payloadLength(flags);
        if (bytes.length != payloadLength + SIGNATURE_BYTES) {
            throw new UnreadableCode(
                    "The code holds " + bytes.length + " bytes where its flags call for " + (payloadLength + SIGNATURE_BYTES));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, payloadLength - 1);
        UUID ticketId = new UUID(buffer.getLong(), buffer.getLong());
        UUID eventId = new UUID(buffer.getLong(), buffer.getLong());
        UUID ticketTypeId = new UUID(buffer.getLong(), buffer.getLong());
        int serial = buffer.getShort() & 0xFFFF;
        if (serial == 0) {
            throw new UnreadableCode("The code has serial 0, which no ticket is issued with");
        }
        buffer.get();
        Instant from = readSeconds(buffer, flags, FROM_PRESENT, FROM_WIDE);
        Instant until = readSeconds(buffer, flags, UNTIL_PRESENT, UNTIL_WIDE);
        TicketToken token = new TicketToken(ticketId, eventId, ticketTypeId, serial, from, until);
        byte[] payload = new byte[payloadLength];
        byte[] signature = new byte[SIGNATURE_BYTES];
        System.arraycopy(bytes, 0, payload, 0, payloadLength);
        System.arraycopy(bytes, payloadLength, signature, 0, SIGNATURE_BYTES);
        return new Scan(token, signed(payload), signature);
    }

    private static Instant readSeconds(ByteBuffer buffer, int flags, int present, int wide) throws UnreadableCode {
        if ((flags & present) == 0) {
            return null;
        }
        long seconds = (flags & wide) != 0 ? buffer.getLong() : Integer.toUnsignedLong(buffer.getInt());
        if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            throw new UnreadableCode("The code has a validity time of " + seconds + " seconds, beyond any date");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static void putSeconds(ByteBuffer payload, Instant instant) {
        if (instant == null) {
            return;
        }
        if (fitsNarrow(instant)) {
            payload.putInt((int) instant.getEpochSecond());
        } else {
            payload.putLong(instant.getEpochSecond());
        }
    }

    private static boolean fitsNarrow(Instant instant) {
        long seconds = instant.getEpochSecond();
        return seconds >= 0 && seconds <= MAX_NARROW_SECONDS;
    }

    private static int payloadLength(int flags) {
        return FIXED_PAYLOAD_BYTES + timeLength(flags, FROM_PRESENT, FROM_WIDE) + timeLength(flags, UNTIL_PRESENT, UNTIL_WIDE);
    }

    private static int timeLength(int flags, int present, int wide) {
        if ((flags & present) == 0) {
            return 0;
        }
        return (flags & wide) != 0 ? Long.BYTES : Integer.BYTES;
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static byte[] signed(byte[] payload) {
        return ByteBuffer.allocate(HEADER_BYTES.length + payload.length).put(HEADER_BYTES).put(payload).array();
    }

    private static byte[] sign(byte[] data, PrivateKey key) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateParameters(key));
        signer.update(data, 0, data.length);
        return signer.generateSignature();
    }

    private static boolean signedBy(PublicKey key, Scan scan) {
        if (key == null) {
            throw new IllegalArgumentException("The keys of event " + scan.token().eventId() + " include null");
        }
        Ed25519PublicKeyParameters parameters = publicParameters(key).orElseThrow(() -> new IllegalArgumentException("The keys of event "
                + scan.token().eventId() + " include a " + key.getAlgorithm()
                + " key that is not an Ed25519 public key, which tickets are checked with"));
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, parameters);
        verifier.update(scan.signed(), 0, scan.signed().length);
        return verifier.verifySignature(scan.signature());
    }

    /**
     * The key as BouncyCastle's Ed25519 takes it, which signs and checks many times faster than the JDK's own
     * implementation and makes the same signatures: Ed25519 is deterministic. Kept per key, since making it derives
     * the public point, which costs as much as a signature; an event has one or two keys.
     */
    private static Ed25519PrivateKeyParameters privateParameters(PrivateKey key) {
        Ed25519PrivateKeyParameters cached = PRIVATE_KEYS.get(key);
        if (cached != null) {
            return cached;
        }
        byte[] seed = key instanceof EdECPrivateKey edec && "Ed25519".equalsIgnoreCase(edec.getParams().getName()) ? edec.getBytes().orElse(null) : null;
        if (seed == null || seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new IllegalArgumentException("Tickets are signed with the event's Ed25519 private key; this "
                    + key.getAlgorithm() + " key is not one");
        }
        Ed25519PrivateKeyParameters parameters = new Ed25519PrivateKeyParameters(seed, 0);
        parameters.generatePublicKey();
        remember(PRIVATE_KEYS, key, parameters);
        return parameters;
    }

    /** The raw key from its X.509 form, whose last 32 bytes it is for Ed25519; empty for any other kind of key. */
    private static Optional<Ed25519PublicKeyParameters> publicParameters(PublicKey key) {
        Ed25519PublicKeyParameters cached = PUBLIC_KEYS.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        byte[] encoded = key.getEncoded();
        if (!(key instanceof EdECPublicKey edec) || !"Ed25519".equalsIgnoreCase(edec.getParams().getName()) || encoded == null
                || encoded.length < Ed25519PublicKeyParameters.KEY_SIZE) {
            return Optional.empty();
        }
        Ed25519PublicKeyParameters parameters = new Ed25519PublicKeyParameters(encoded, encoded.length - Ed25519PublicKeyParameters.KEY_SIZE);
        remember(PUBLIC_KEYS, key, parameters);
        return Optional.of(parameters);
    }

    private static <K, V> void remember(Map<K, V> cache, K key, V value) {
        if (cache.size() >= MAX_CACHED_KEYS) {
            cache.clear();
        }
        cache.put(key, value);
    }

    /** A well-formed code, taken apart; its signature is not checked yet. */
    private record Scan(TicketToken token, byte[] signed, byte[] signature) {
    }

    /** Why a text is not a readable code; carries no stack trace, since it is an expected outcome, not a fault. */
    private static final class UnreadableCode extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableCode(String message) {
            super(message, null, false, false);
        }
    }
}

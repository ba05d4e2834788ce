package dev.marquee.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marquee.model.ticket.TicketVerification.Forged;
import dev.marquee.model.ticket.TicketVerification.Genuine;
import dev.marquee.model.ticket.TicketVerification.UnknownEvent;
import dev.marquee.model.ticket.TicketVerification.Unreadable;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TicketTokenCodecTest {

    // Byte offsets in the decoded code, as documented on TicketTokenCodec.
    private static final int EVENT_ID = 17;
    private static final int SERIAL = 49;
    private static final int FLAGS = 51;
    private static final int SIGNATURE_BYTES = 64;

    private static final Instant DOORS = Instant.parse("2026-06-01T18:00:00Z");
    private static final Instant CURFEW = Instant.parse("2026-06-01T23:30:00Z");

    private final KeyPair eventKeys = EventKeys.generate();
    private final TicketToken token = new TicketToken(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 3, DOORS, CURFEW);
    private final Function<UUID, List<PublicKey>> keysOfEvent = keysFor(token.eventId(), eventKeys.getPublic());

    @Test
    void verifiesAGenuineTicketOffline() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        assertThat(TicketTokenCodec.verify(code, keysOfEvent)).isEqualTo(new Genuine(token));
    }

    @Test
    void signsExactlyAsTheJdksEd25519SoPrintedCodesStayValid() throws Exception {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());
        byte[] raw = Base45.decode(code.substring(4));
        // What the signature covers: "MQ1:" and the payload.
        byte[] signed = Arrays.copyOf("MQ1:".getBytes(StandardCharsets.US_ASCII), 4 + raw.length - SIGNATURE_BYTES);
        System.arraycopy(raw, 0, signed, 4, raw.length - SIGNATURE_BYTES);
        byte[] signature = Arrays.copyOfRange(raw, raw.length - SIGNATURE_BYTES, raw.length);

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(eventKeys.getPrivate());
        jdk.update(signed);
        assertThat(signature).isEqualTo(jdk.sign());
        jdk.initVerify(eventKeys.getPublic());
        jdk.update(signed);
        assertThat(jdk.verify(signature)).isTrue();
    }

    @Test
    void roundTripsATicketWithoutValidityWindow() {
        TicketToken open = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 1, null, null);

        String code = TicketTokenCodec.encode(open, eventKeys.getPrivate());

        assertThat(TicketTokenCodec.verify(code, keysOfEvent)).isEqualTo(new Genuine(open));
    }

    @Test
    void roundTripsATicketWithOnlyOneEndOfItsWindow() {
        TicketToken fromDoors = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 1, DOORS, null);
        TicketToken untilCurfew = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 1, null, CURFEW);

        assertThat(verify(fromDoors)).isEqualTo(new Genuine(fromDoors));
        assertThat(verify(untilCurfew)).isEqualTo(new Genuine(untilCurfew));
    }

    @Test
    void roundTripsValidityTimesBeyondFourBytes() {
        TicketToken beyond2106 = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 1,
                Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("2200-01-01T00:00:00Z"));
        TicketToken extremes = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 65535,
                Instant.MIN, Instant.MAX);

        assertThat(verify(beyond2106)).isEqualTo(new Genuine(beyond2106));
        assertThat(verify(extremes)).isEqualTo(new Genuine(extremes));
    }

    @Test
    void roundTripsTheLastSecondThatFitsFourBytes() {
        TicketToken edge = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 1,
                Instant.EPOCH, Instant.ofEpochSecond(0xFFFF_FFFFL));

        assertThat(verify(edge)).isEqualTo(new Genuine(edge));
        // Still the narrow form: as long as a typical ticket's code.
        assertThat(TicketTokenCodec.encode(edge, eventKeys.getPrivate())).hasSize(190);
    }

    @Test
    void dropsFractionsOfASecond() {
        TicketToken precise = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 1,
                DOORS.plusMillis(999), CURFEW.plusNanos(1));

        TicketVerification verdict = verify(precise);

        assertThat(verdict).isEqualTo(new Genuine(new TicketToken(precise.ticketId(), precise.eventId(), precise.ticketTypeId(), 1,
                DOORS, CURFEW)));
    }

    @Test
    void startsWithThePrefixAndUsesOnlyQrAlphanumericCharacters() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        assertThat(code).startsWith(TicketTokenCodec.PREFIX + ":");
        assertThat(code).matches("[0-9A-Z $%*+\\-./:]+");
    }

    @Test
    void fitsAQrCodeOfVersionTen() {
        // A version 10 QR code at error correction M holds 311 alphanumeric characters.
        TicketToken widest = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 65535,
                Instant.MIN, Instant.MAX);

        assertThat(TicketTokenCodec.encode(token, eventKeys.getPrivate())).hasSize(190);
        assertThat(TicketTokenCodec.encode(widest, eventKeys.getPrivate())).hasSize(202).hasSizeLessThanOrEqualTo(311);
    }

    @Test
    void rejectsATamperedSerialAsForged() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        String reissued = recode(code, bytes -> bytes[SERIAL + 1] = 4);

        assertThat(TicketTokenCodec.verify(reissued, keysOfEvent)).isEqualTo(new Forged(token.eventId()));
    }

    @Test
    void rejectsATamperedValidityWindowAsForged() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        String extended = recode(code, bytes -> bytes[FLAGS + 5]++);

        assertThat(TicketTokenCodec.verify(extended, keysOfEvent)).isEqualTo(new Forged(token.eventId()));
    }

    @Test
    void rejectsATicketSignedByAnotherKeyAsForged() {
        KeyPair stranger = EventKeys.generate();

        String code = TicketTokenCodec.encode(token, stranger.getPrivate());

        assertThat(TicketTokenCodec.verify(code, keysOfEvent)).isEqualTo(new Forged(token.eventId()));
    }

    @Test
    void rejectsAMalformedSignatureAsForged() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        // The JDK throws on some malformed signatures, such as one whose scalar is too large, instead of returning false.
        String malformed = recode(code, bytes -> Arrays.fill(bytes, bytes.length - SIGNATURE_BYTES, bytes.length, (byte) 0xFF));

        assertThat(TicketTokenCodec.verify(malformed, keysOfEvent)).isEqualTo(new Forged(token.eventId()));
    }

    @Test
    void acceptsARotatedKey() {
        KeyPair rotated = EventKeys.generate();
        Function<UUID, List<PublicKey>> bothKeys = keysFor(token.eventId(), rotated.getPublic(), eventKeys.getPublic());
        TicketToken reissued = new TicketToken(token.ticketId(), token.eventId(), token.ticketTypeId(), 4, DOORS, CURFEW);

        assertThat(TicketTokenCodec.verify(TicketTokenCodec.encode(token, eventKeys.getPrivate()), bothKeys))
                .isEqualTo(new Genuine(token));
        assertThat(TicketTokenCodec.verify(TicketTokenCodec.encode(reissued, rotated.getPrivate()), bothKeys))
                .isEqualTo(new Genuine(reissued));
    }

    @Test
    void reportsATicketOfAnotherEventAsUnknownEvent() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        assertThat(TicketTokenCodec.verify(code, event -> null)).isEqualTo(new UnknownEvent(token.eventId()));
        assertThat(TicketTokenCodec.verify(code, event -> List.of())).isEqualTo(new UnknownEvent(token.eventId()));
        assertThat(TicketTokenCodec.verify(code, keysFor(UUID.randomUUID(), eventKeys.getPublic())))
                .isEqualTo(new UnknownEvent(token.eventId()));
    }

    @Test
    void looksUpTheKeysOfTheEventTheCodeNames() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());
        List<UUID> askedFor = new ArrayList<>();

        TicketTokenCodec.verify(code, event -> {
            askedFor.add(event);
            return List.of(eventKeys.getPublic());
        });

        assertThat(askedFor).containsExactly(token.eventId());
    }

    @Test
    void refusesGarbageAsUnreadable() {
        assertThat(TicketTokenCodec.verify(null, keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify("", keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify("hello", keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify("https://example.com/ticket/42", keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify("MQ1:", keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify("MQ1:bb8", keysOfEvent)).isInstanceOf(Unreadable.class);
    }

    @Test
    void refusesAnotherPrefixAsUnreadable() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        assertThat(TicketTokenCodec.verify("MQ2" + code.substring(3), keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify(code.substring(4), keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify(code.toLowerCase(), keysOfEvent)).isInstanceOf(Unreadable.class);
    }

    @Test
    void refusesInvalidBase45AsUnreadable() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        assertThat(TicketTokenCodec.verify(code.substring(0, 10) + "a" + code.substring(11), keysOfEvent))
                .isEqualTo(new Unreadable("The code is damaged: 'a' at 6 is not a Base45 character"));
        assertThat(TicketTokenCodec.verify("MQ1:GGW", keysOfEvent)).isInstanceOf(Unreadable.class);
    }

    @Test
    void refusesATruncatedTicketAsUnreadable() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        for (int length = 0; length < code.length(); length++) {
            assertThat(TicketTokenCodec.verify(code.substring(0, length), keysOfEvent)).isInstanceOf(Unreadable.class);
        }
    }

    @Test
    void refusesAWrongLengthAsUnreadable() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        String longer = recode(code, bytes -> { }, 1);
        String shorter = recode(code, bytes -> { }, -1);

        assertThat(TicketTokenCodec.verify(longer, keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify(shorter, keysOfEvent))
                .isEqualTo(new Unreadable("The code holds 123 bytes where its flags call for 124"));
    }

    @Test
    void refusesFlagsThatDoNotMatchTheLengthAsUnreadable() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        String noUntil = recode(code, bytes -> bytes[FLAGS] = 0x01);
        String unknownFlag = recode(code, bytes -> bytes[FLAGS] |= 0x10);
        String wideButAbsent = recode(code, bytes -> bytes[FLAGS] = 0x0B);

        assertThat(TicketTokenCodec.verify(noUntil, keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify(unknownFlag, keysOfEvent)).isInstanceOf(Unreadable.class);
        assertThat(TicketTokenCodec.verify(wideButAbsent, keysOfEvent)).isInstanceOf(Unreadable.class);
    }

    @Test
    void refusesAnUnknownVersionAsUnreadable() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        String version2 = recode(code, bytes -> bytes[0] = 2);

        assertThat(TicketTokenCodec.verify(version2, keysOfEvent)).isInstanceOf(Unreadable.class)
                .extracting(verdict -> ((Unreadable) verdict).reason()).asString().contains("version 2");
    }

    @Test
    void refusesSerialZeroAsUnreadable() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        String serialZero = recode(code, bytes -> {
            bytes[SERIAL] = 0;
            bytes[SERIAL + 1] = 0;
        });

        assertThat(TicketTokenCodec.verify(serialZero, keysOfEvent)).isInstanceOf(Unreadable.class);
    }

    @Test
    void refusesAValidityTimeBeyondAnyDateAsUnreadable() {
        TicketToken wide = new TicketToken(UUID.randomUUID(), token.eventId(), UUID.randomUUID(), 1, Instant.MIN, null);
        String code = TicketTokenCodec.encode(wide, eventKeys.getPrivate());

        String beyond = recode(code, bytes -> Arrays.fill(bytes, FLAGS + 1, FLAGS + 9, (byte) 0x80));

        assertThat(TicketTokenCodec.verify(beyond, keysOfEvent)).isInstanceOf(Unreadable.class);
    }

    @Test
    void refusesAHugeTextWithoutDecodingIt() {
        String huge = "MQ1:" + "0".repeat(10_000_000);

        assertThat(TicketTokenCodec.verify(huge, keysOfEvent)).isInstanceOf(Unreadable.class);
    }

    @Test
    void neverTrustsAnAlteredByte() {
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());
        byte[] bytes = Base45.decode(code.substring(4));

        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                int index = i;
                int mask = 1 << bit;
                String altered = recode(code, b -> b[index] ^= (byte) mask);

                TicketVerification verdict = TicketTokenCodec.verify(altered, keysOfEvent);

                assertThat(verdict).as("bit %d of byte %d", bit, i).isNotInstanceOf(Genuine.class);
                if (i >= EVENT_ID && i < EVENT_ID + 16) {
                    assertThat(verdict).isInstanceOf(UnknownEvent.class);
                }
            }
        }
    }

    @Test
    void neverThrowsWhateverIsScanned() {
        Random random = new Random(20260601);
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());
        byte[] genuine = Base45.decode(code.substring(4));
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        Function<UUID, List<PublicKey>> anyEvent = event -> List.of(eventKeys.getPublic());

        for (int round = 0; round < 20_000; round++) {
            String scanned = switch (round % 4) {
                case 0 -> randomText(random, alphabet, random.nextInt(260));
                case 1 -> "MQ1:" + randomText(random, alphabet, random.nextInt(260));
                case 2 -> {
                    byte[] bytes = Arrays.copyOf(genuine, Math.max(0, genuine.length + random.nextInt(40) - 30));
                    for (int flips = random.nextInt(4); flips >= 0 && bytes.length > 0; flips--) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt();
                    }
                    yield "MQ1:" + Base45.encode(bytes);
                }
                default -> randomUnicode(random, random.nextInt(300));
            };

            assertThatCode(() -> TicketTokenCodec.verify(scanned, anyEvent)).as(scanned).doesNotThrowAnyException();
        }
    }

    @Test
    void refusesToSignWithAKeyOfAnotherAlgorithm() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        assertThatThrownBy(() -> TicketTokenCodec.encode(token, rsa.getPrivate())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ed25519");
    }

    @Test
    void blamesTheKeysNotTheTicketWhenAnEventHasAKeyOfAnotherAlgorithm() throws Exception {
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String code = TicketTokenCodec.encode(token, eventKeys.getPrivate());

        assertThatThrownBy(() -> TicketTokenCodec.verify(code, keysFor(token.eventId(), rsa.getPublic())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(token.eventId().toString());
    }

    private TicketVerification verify(TicketToken ticket) {
        return TicketTokenCodec.verify(TicketTokenCodec.encode(ticket, eventKeys.getPrivate()), keysOfEvent);
    }

    private static Function<UUID, List<PublicKey>> keysFor(UUID event, PublicKey... keys) {
        return Map.of(event, List.of(keys))::get;
    }

    private static String recode(String code, Consumer<byte[]> change) {
        return recode(code, change, 0);
    }

    private static String recode(String code, Consumer<byte[]> change, int extraBytes) {
        byte[] bytes = Base45.decode(code.substring(4));
        byte[] changed = Arrays.copyOf(bytes, bytes.length + extraBytes);
        change.accept(changed);
        return code.substring(0, 4) + Base45.encode(changed);
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return text.toString();
    }
}

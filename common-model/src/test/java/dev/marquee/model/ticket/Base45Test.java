package dev.marquee.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base45Test {

    @Test
    void encodesTheExamplesOfRfc9285() {
        assertThat(Base45.encode(ascii("AB"))).isEqualTo("BB8");
        assertThat(Base45.encode(ascii("Hello!!"))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode(ascii("base-45"))).isEqualTo("UJCLQE7W581");
    }

    @Test
    void decodesTheExamplesOfRfc9285() {
        assertThat(Base45.decode("BB8")).isEqualTo(ascii("AB"));
        assertThat(Base45.decode("%69 VD92EX0")).isEqualTo(ascii("Hello!!"));
        assertThat(Base45.decode("UJCLQE7W581")).isEqualTo(ascii("base-45"));
        assertThat(Base45.decode("QED8WEX0")).isEqualTo(ascii("ietf!"));
    }

    @Test
    void encodesNothingAsNothing() {
        assertThat(Base45.encode(new byte[0])).isEmpty();
        assertThat(Base45.decode("")).isEmpty();
    }

    @Test
    void roundTripsEveryLengthAndByteValue() {
        Random random = new Random(45);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);

            String text = Base45.encode(bytes);

            assertThat(text).hasSize(Base45.encodedLength(length)).matches("[0-9A-Z $%*+\\-./:]*");
            assertThat(Base45.decode(text)).isEqualTo(bytes);
        }
        assertThat(Base45.decode(Base45.encode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}))).containsOnly((byte) 0xFF);
    }

    @Test
    void refusesCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> Base45.decode("bb8")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'b' at 0 is not a Base45 character");
        assertThatThrownBy(() -> Base45.decode("BB!")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Base45.decode("BB\u00e9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesALengthNoBytesEncodeTo() {
        assertThatThrownBy(() -> Base45.decode("BB8B")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be 4 characters long");
    }

    @Test
    void refusesGroupsBeyondTheirBytes() {
        // From RFC 9285: "GGW" stands for 65536, one more than two bytes hold.
        assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65536");
        assertThatThrownBy(() -> Base45.decode(":::")).isInstanceOf(IllegalArgumentException.class);
        // Two trailing characters must stay within one byte: "2A" would be 2 + 10 * 45 = 452.
        assertThatThrownBy(() -> Base45.decode("2A")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("452");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

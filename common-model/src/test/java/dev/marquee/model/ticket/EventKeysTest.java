package dev.marquee.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventKeysTest {

    private final KeyPair keys = EventKeys.generate();

    @Test
    void generatesEd25519Keys() {
        assertThat(keys.getPublic().getEncoded()).hasSize(44);
        assertThat(EventKeys.generate().getPublic()).isNotEqualTo(keys.getPublic());
    }

    @Test
    void roundTripsAPublicKeyThroughText() {
        String text = EventKeys.encodePublic(keys.getPublic());

        assertThat(text).hasSize(60);
        assertThat(EventKeys.decodePublic(text)).isEqualTo(keys.getPublic());
        assertThat(EventKeys.decodePublic(text + "\n")).isEqualTo(keys.getPublic());
    }

    @Test
    void roundTripsAPrivateKeyThroughText() {
        String text = EventKeys.encodePrivate(keys.getPrivate());

        assertThat(EventKeys.decodePrivate(text).getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
    }

    @Test
    void signsWithADecodedPrivateKeyWhatTheDecodedPublicKeyVerifies() {
        TicketToken token = new TicketToken(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, null, null);
        String code = TicketTokenCodec.encode(token, EventKeys.decodePrivate(EventKeys.encodePrivate(keys.getPrivate())));

        TicketVerification verdict = TicketTokenCodec.verify(code,
                event -> List.of(EventKeys.decodePublic(EventKeys.encodePublic(keys.getPublic()))));

        assertThat(verdict).isEqualTo(new TicketVerification.Genuine(token));
    }

    @Test
    void refusesMissingKeyText() {
        assertThatThrownBy(() -> EventKeys.decodePublic(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No event public key was given");
        assertThatThrownBy(() -> EventKeys.decodePrivate("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No event private key was given");
    }

    @Test
    void refusesTextThatIsNotBase64() {
        assertThatThrownBy(() -> EventKeys.decodePublic("not a key!")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not valid Base64");
    }

    @Test
    void refusesBase64ThatIsNotAnEd25519Key() {
        String junk = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3});

        assertThatThrownBy(() -> EventKeys.decodePublic(junk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Ed25519 public key");
        assertThatThrownBy(() -> EventKeys.decodePrivate(junk)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Ed25519 private key");
    }

    @Test
    void refusesAPublicKeyGivenAsPrivateAndTheOtherWayRound() {
        String publicText = EventKeys.encodePublic(keys.getPublic());
        String privateText = EventKeys.encodePrivate(keys.getPrivate());

        assertThatThrownBy(() -> EventKeys.decodePrivate(publicText)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventKeys.decodePublic(privateText)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesKeysOfOtherAlgorithms() throws Exception {
        KeyPair ed448 = KeyPairGenerator.getInstance("Ed448").generateKeyPair();
        KeyPair rsa = KeyPairGenerator.getInstance("RSA").generateKeyPair();

        assertThatThrownBy(() -> EventKeys.encodePublic(ed448.getPublic())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an Ed25519 key");
        assertThatThrownBy(() -> EventKeys.encodePrivate(rsa.getPrivate())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not RSA");
        String ed448Text = Base64.getEncoder().encodeToString(ed448.getPublic().getEncoded());
        assertThatThrownBy(() -> EventKeys.decodePublic(ed448Text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an Ed25519 public key");
    }
}

package dev.marquee.kiosk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short high chime for ADMITTED and a low double buzz for REJECTED, generated as PCM at start. A kiosk without a
 * sound device stays silent rather than failing.
 */
final class VerdictSound implements ScanViewModel.Sound {

    private static final Logger LOG = LoggerFactory.getLogger(VerdictSound.class);
    private static final int RATE = 22_050;
    private static final AudioFormat FORMAT = new AudioFormat(RATE, 16, 1, true, false);

    private final Clip admitted;
    private final Clip rejected;

    private VerdictSound(Clip admitted, Clip rejected) {
        this.admitted = admitted;
        this.rejected = rejected;
    }

    /** The sounds, or silence when they cannot be made. */
    static ScanViewModel.Sound create() {
        try {
            return new VerdictSound(clip(tone(new double[] {880, 1320}, 0.12)), clip(tone(new double[] {220, 0, 220}, 0.15)));
        } catch (LineUnavailableException | RuntimeException | LinkageError e) {
            LOG.warn("No verdict sounds on this kiosk: {}", e.toString());
            return ok -> { };
        }
    }

    @Override
    public void play(boolean ok) {
        Clip clip = ok ? admitted : rejected;
        try {
            clip.stop();
            clip.setFramePosition(0);
            clip.start();
        } catch (RuntimeException e) {
            LOG.debug("Could not play the verdict sound", e);
        }
    }

    private static Clip clip(byte[] pcm) throws LineUnavailableException {
        Clip clip = AudioSystem.getClip();
        clip.open(FORMAT, pcm, 0, pcm.length);
        return clip;
    }

    /** 16-bit mono PCM: each frequency in turn for the given seconds; 0 is a pause. */
    private static byte[] tone(double[] frequencies, double seconds) {
        int perTone = (int) (RATE * seconds);
        ByteBuffer samples = ByteBuffer.allocate(perTone * frequencies.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (double frequency : frequencies) {
            for (int i = 0; i < perTone; i++) {
                double fade = Math.min(1, Math.min(i, perTone - i) / (RATE * 0.01));
                samples.putShort((short) (Math.sin(2 * Math.PI * frequency * i / RATE) * 12_000 * fade));
            }
        }
        return samples.array();
    }
}

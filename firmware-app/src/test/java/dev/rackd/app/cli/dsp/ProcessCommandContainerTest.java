package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.audio.SampleFormat;
import dev.rackd.app.cli.dsp.WavFiles.Chunk;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code dsp process} keeps of the input's container: header kind, chunks, lengths. */
class ProcessCommandContainerTest extends ProcessCommandFixture {
    @Test
    void aSurroundBroadcastWavKeepsItsChannelLayoutTimecodeAndMetadata() throws Exception {
        int ch = 6;
        float[] music = WavFiles.sine(48000, ch, 0.25, 200, 0.25);
        byte[] data = new byte[music.length * 3];
        SampleFormat.PCM24.encode(music, 0, data, 0, music.length);
        ByteBuffer bext = ByteBuffer.allocate(602 + 41).order(ByteOrder.LITTLE_ENDIAN);
        bext.put("FOH left/right, night 2".getBytes()).position(256 + 32 + 32).put("2026-11-2120:00:00".getBytes())
                .putLong(48000L * 3600 * 20) // the time reference: samples since midnight, 20:00:00
                .putShort((short) 1).position(602).put("A=PCM,F=48000,W=24,M=5.1,T=rackd test\r\n".getBytes());
        List<Chunk> in = List.of(new Chunk("bext", bext.array()),
                WavFiles.fmtExtensible(ch, 48000, 24, 24, 0x3F, 1), // 5.1: FL FR FC LFE BL BR
                new Chunk("data", data),
                new Chunk("LIST", "INFOINAM\u000b\0\0\0Night two\0\0ISFT\u0006\0\0\0rackd\0"),
                new Chunk("iXML", "<BWFXML><PROJECT>tour</PROJECT></BWFXML>"));
        Path file = Files.write(dir.resolve("51.wav"), WavFiles.riff(in));

        assertThat(run("--in", file.toString(), "--out", dir.resolve("o.wav").toString(), "--mode", "off",
                "--no-limiter")).isZero();

        assertThat(WavFiles.chunks(Files.readAllBytes(dir.resolve("o.wav")))).containsExactlyElementsOf(in);
        assertThat(WavFiles.read(dir.resolve("o.wav")).format().toString()).isEqualTo("PCM_SIGNED 48000.0 Hz, 24 bit,"
                + " 6 channels, 18 bytes/frame, little-endian");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aFloatFileComesOutWithTheFactChunkItsFormatCallsFor() throws Exception {
        Path in = dir.resolve("float.wav");
        WavFiles.write(in, SampleFormat.FLOAT32, 48000, 2, WavFiles.sine(48000, 2, 0.5, 331, 0.5));

        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString())).isZero();

        assertThat(WavFiles.chunks(Files.readAllBytes(dir.resolve("o.wav")))).extracting(Chunk::id)
                .containsExactly("fmt ", "fact", "data");
        assertThat(WavFiles.chunks(Files.readAllBytes(dir.resolve("o.wav"))).get(1).body())
                .isEqualTo(WavFiles.le32(24000));
    }

    @Test
    void aRecordingOfUnknownLengthIsReadToTheEndOfTheFileAndSaysSo() throws Exception {
        byte[] data = new byte[2 * 2 * 4801];
        SampleFormat.PCM16.encode(WavFiles.sine(48000, 2, 4801 / 48000.0, 331, 0.5), 0, data, 0, 2 * 4801);
        byte[] file = WavFiles.riff(List.of(WavFiles.fmt(1, 2, 48000, 16), new Chunk("data", data)));
        // as a recorder leaves them while it records: neither the RIFF size nor the audio's is known yet
        System.arraycopy(WavFiles.le32(0xFFFFFFFFL), 0, file, 4, 4);
        System.arraycopy(WavFiles.le32(0xFFFFFFFFL), 0, file, 40, 4);
        Path in = Files.write(dir.resolve("rolling.wav"), file);

        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString(), "--mode", "off",
                "--no-limiter")).isZero();

        assertThat(WavFiles.chunks(Files.readAllBytes(dir.resolve("o.wav"))).get(1)).isEqualTo(new Chunk("data",
                data));
        assertThat(err.toString()).contains("rolling.wav: its header gives no length for the audio (0xFFFFFFFF, as a"
                + " recorder writes while it records); read to the end of the file: 4801 frames")
                .doesNotContain("cut short");
    }

    @Test
    void aChunkTooBigToCopyIsLeftOutAndSaidTheRestAreCopied() throws Exception {
        byte[] picture = new byte[WavIn.KEPT_BYTES + 1];
        List<Chunk> in = List.of(WavFiles.fmt(1, 1, 48000, 16), new Chunk("LIST", "INFOICMT\u0004\0\0\0ok!\0"),
                new Chunk("data", new byte[9600]), new Chunk("id3 ", picture));
        Path file = Files.write(dir.resolve("tagged.wav"), WavFiles.riff(in));

        assertThat(run("--in", file.toString(), "--out", dir.resolve("o.wav").toString())).isZero();

        assertThat(WavFiles.chunks(Files.readAllBytes(dir.resolve("o.wav")))).extracting(Chunk::id)
                .containsExactly("fmt ", "LIST", "data");
        assertThat(err.toString()).contains("tagged.wav: its 'id3 ' chunk (16777217 bytes) is left out: chunks other"
                + " than the audio are copied up to 16 MiB in all");
    }

    @Test
    void aRecordingOfUnknownLengthTooLongForOneWavIsRefusedBeforeAnyWork() throws Exception {
        byte[] head = WavFiles.riff(List.of(WavFiles.fmt(1, 2, 48000, 16), new Chunk("data", new byte[0])));
        System.arraycopy(WavFiles.le32(0xFFFFFFFFL), 0, head, 40, 4);
        Path in = Files.write(dir.resolve("all-night.wav"), head);
        try (var f = new java.io.RandomAccessFile(in.toFile(), "rw")) {
            f.setLength(5L << 30); // sparse: 5 GiB of silence that takes no room on the disk
        }

        assertThat(run("--in", in.toString(), "--out", dir.resolve("o.wav").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("all-night.wav holds 5368709076 bytes of audio; a WAV file holds at most"
                + " 4 GiB, so the result would not fit in one");
        assertThat(dir.resolve("o.wav")).doesNotExist();
    }
}

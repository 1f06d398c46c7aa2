package dev.rackd.app.cli.dsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rackd.app.audio.SampleFormat;
import dev.rackd.app.cli.dsp.WavFiles.Chunk;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import picocli.CommandLine;

/** Whatever bytes the input file holds, {@code process} either does the job or refuses with exit 2; never more. */
class ProcessCommandProperties {
    private Path dir;
    private String err;

    @BeforeTry
    void folder() throws Exception {
        dir = Files.createTempDirectory("dsp-prop");
    }

    @AfterTry
    void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 60)
    void arbitraryBytesAreRefusedCleanly(@ForAll @Size(max = 300) byte[] junk) throws Exception {
        processedOrRefused(Files.write(dir.resolve("in.wav"), junk), "--mode", "off");
    }

    @Property(tries = 60)
    void arbitraryChunksAfterARiffHeaderAreRefusedCleanly(@ForAll @Size(max = 300) byte[] junk,
            @ForAll @IntRange(min = 0, max = 400) int riffSize) throws Exception {
        ByteBuffer b = ByteBuffer.allocate(12 + junk.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(riffSize).put("WAVE".getBytes()).put(junk);
        processedOrRefused(Files.write(dir.resolve("in.wav"), b.array()), "--mode", "off");
    }

    @Property(tries = 120)
    void wavHeadersWithOddFieldsEitherProcessToTheSameLengthOrAreRefused(
            @ForAll @IntRange(min = 0, max = 4) int tagChoice, @ForAll @IntRange(min = 0, max = 70) int channels,
            @ForAll @IntRange(min = 0, max = 6) int bitsChoice, @ForAll @IntRange(min = 1, max = 400_000) int rate,
            @ForAll @IntRange(min = -1, max = 5000) int dataBytesClaimed,
            @ForAll @IntRange(min = 0, max = 3000) int dataBytesPresent) throws Exception {
        int tag = new int[] {1, 3, 0xFFFE, 6, 2}[tagChoice];
        int bits = new int[] {8, 16, 24, 32, 64, 12, 0}[bitsChoice];
        int blockAlign = channels * ((bits + 7) / 8);
        int fmtSize = tag == 0xFFFE ? 40 : 16;
        // -1: the length a recorder leaves while it records (0xFFFFFFFF): read to the end of the file
        long claimed = dataBytesClaimed < 0 ? 0xFFFFFFFFL : dataBytesClaimed;
        ByteBuffer b = ByteBuffer.allocate(28 + fmtSize + dataBytesPresent).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt((int) (20 + fmtSize + claimed)).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(fmtSize).putShort((short) tag).putShort((short) channels).putInt(rate)
                .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        if (tag == 0xFFFE) {
            b.putShort((short) 22).putShort((short) bits).putInt(3).putShort((short) (bits == 64 ? 3 : 1))
                    .put(java.util.HexFormat.of().parseHex("000000001000800000aa00389b71"));
        }
        b.put("data".getBytes()).putInt((int) claimed);
        for (int i = 0; i < dataBytesPresent; i++) {
            b.put((byte) (i * 37));
        }
        byte[] file = b.array();
        Path in = Files.write(dir.resolve("in.wav"), file);
        List<Chunk> out = processedOrRefused(in, "--mode", "off", "--no-limiter");
        if (out == null) {
            return;
        }
        long frames = Math.min(claimed, dataBytesPresent) / blockAlign;
        Chunk data = out.stream().filter(c -> c.id().equals("data")).findFirst().orElseThrow();
        assertThat(data.body()).hasSize((int) frames * blockAlign);
        // the same header, a plain float one with its empty extension as the WAV spec has it
        byte[] fmt = Arrays.copyOf(Arrays.copyOfRange(file, 20, 20 + fmtSize), fmtSize + (tag == 3 ? 2 : 0));
        assertThat(out.getFirst()).isEqualTo(new Chunk("fmt ", fmt));
        if (bits == 16 || bits == 24) { // these pass the chain bit for bit; arbitrary float bytes may be NaN
            assertThat(data.body()).isEqualTo(Arrays.copyOfRange(file, 28 + fmtSize,
                    28 + fmtSize + (int) frames * blockAlign));
        }
    }

    @Property(tries = 100)
    void theChunksAroundTheAudioComeOutByteForByteInTheirPlaces(@ForAll SampleFormat sf,
            @ForAll @IntRange(min = 1, max = 3) int channels, @ForAll @IntRange(min = 0, max = 300) int frames,
            @ForAll @IntRange(min = 0, max = 3) int before, @ForAll @IntRange(min = 0, max = 3) int between,
            @ForAll @IntRange(min = 0, max = 3) int after, @ForAll long seed) throws Exception {
        Random r = new Random(seed);
        int bits = sf.bytesPerSample() * 8;
        Chunk fmt = r.nextBoolean() ? WavFiles.fmtExtensible(channels, 44100, bits, bits - r.nextInt(2) * 4,
                r.nextInt(1 << 18), sf.isFloat() ? 3 : 1) : WavFiles.fmt(sf.isFloat() ? 3 : 1, channels, 44100, bits);
        float[] music = WavFiles.sine(44100, channels, frames / 44100.0, 440, 0.5);
        byte[] audio = new byte[music.length * sf.bytesPerSample()];
        sf.encode(music, 0, audio, 0, music.length);
        List<Chunk> in = new ArrayList<>(others(r, before));
        in.add(fmt);
        in.addAll(others(r, between));
        in.add(new Chunk("data", audio));
        in.addAll(others(r, after));
        Path file = Files.write(dir.resolve("in.wav"), WavFiles.riff(in));

        List<Chunk> out = processedOrRefused(file, "--mode", "off", "--no-limiter");

        List<Chunk> expected = new ArrayList<>(in);
        if (sf.isFloat()) { // the spec asks a fact chunk of every format but PCM
            expected.add(expected.indexOf(fmt) + 1, new Chunk("fact", WavFiles.le32(music.length / channels)));
        }
        assertThat(out).extracting(Chunk::id).containsExactlyElementsOf(expected.stream().map(Chunk::id).toList());
        for (int i = 0; i < out.size(); i++) {
            if (!out.get(i).id().equals("data")) {
                assertThat(out.get(i)).isEqualTo(expected.get(i));
            } else if (sf == SampleFormat.PCM16 || sf == SampleFormat.PCM24 || sf == SampleFormat.FLOAT32) {
                assertThat(out.get(i).body()).isEqualTo(audio);
            } else { // the chain works in 32-bit float: these come back rounded to its 24-bit mantissa
                assertThat(out.get(i).body()).hasSameSizeAs(audio);
            }
        }
    }

    /** Chunks a recorder or an editor may add, of odd and even lengths. */
    private static List<Chunk> others(Random r, int n) {
        String[] ids = {"bext", "LIST", "iXML", "cue ", "JUNK", "smpl", "id3 ", "_PMX"};
        List<Chunk> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] body = new byte[r.nextInt(120)];
            r.nextBytes(body);
            out.add(new Chunk(ids[r.nextInt(ids.length)], body));
        }
        return out;
    }

    /** The output's chunks when it was processed, null when refused; anything else fails. */
    private List<Chunk> processedOrRefused(Path in, String... options) throws Exception {
        Path out = dir.resolve("out.wav");
        StringWriter e = new StringWriter();
        List<String> args = new ArrayList<>(List.of("process", "--in", in.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        int code = new CommandLine(new DspCommand()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(e)).execute(args.toArray(String[]::new));
        err = e.toString();
        assertThat(code).as(err).isIn(0, 2);
        if (code == 2) {
            assertThat(err).startsWith("rackd dsp process: ");
            assertThat(out).doesNotExist();
            return null;
        }
        return WavFiles.chunks(Files.readAllBytes(out));
    }
}

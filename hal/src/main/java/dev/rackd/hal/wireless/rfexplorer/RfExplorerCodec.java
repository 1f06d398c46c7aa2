package dev.rackd.hal.wireless.rfexplorer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The RF Explorer serial protocol (500000 baud, 8N1): commands {@code #<length byte><command>}, text replies
 * {@code #C2-M:} and {@code #C2-F:} ending CR LF, binary sweeps {@code $S}, {@code $s}, {@code $z}. Pure functions.
 */
public final class RfExplorerCodec {
    public static final int BAUD = 500_000;

    private RfExplorerCodec() {}

    /** {@code #<0x04>C0}: asks for the model and configuration. */
    public static byte[] configRequest() {
        return command("C0");
    }

    /** {@code #<0x20>C2-F:SSSSSSS,EEEEEEE,TTTT,BBBB}: span in kHz, amplitude top and bottom in dBm. */
    public static byte[] setSpan(long startKhz, long endKhz, int topDbm, int bottomDbm) {
        if (startKhz < 0 || endKhz <= startKhz || endKhz > 9_999_999 || topDbm <= bottomDbm || topDbm > 999
                || bottomDbm < -999) {
            throw new IllegalArgumentException("span " + startKhz + "-" + endKhz + " kHz, " + topDbm + "/" + bottomDbm
                    + " dBm is not settable");
        }
        return command(String.format(Locale.ROOT, "C2-F:%07d,%07d,%04d,%04d", startKhz, endKhz, topDbm, bottomDbm));
    }

    static byte[] command(String body) {
        byte[] b = body.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[b.length + 2];
        out[0] = '#';
        out[1] = (byte) out.length;
        System.arraycopy(b, 0, out, 2, b.length);
        return out;
    }

    /** Decodes a text line (without CR LF, starting with '#'). Never throws. */
    public static RfExplorerMessage decodeText(String line) {
        if (line.startsWith("#C2-M:")) {
            return model(line.substring(6)).map(m -> (RfExplorerMessage) m)
                    .orElse(new RfExplorerMessage.Text(line));
        }
        if (line.startsWith("#C2-F:")) {
            return config(line.substring(6)).map(c -> (RfExplorerMessage) c)
                    .orElse(new RfExplorerMessage.Text(line));
        }
        return new RfExplorerMessage.Text(line);
    }

    /** dBm of one sweep byte. */
    public static double levelDbm(int unsignedByte) {
        return -unsignedByte / 2.0;
    }

    private static Optional<RfExplorerMessage.Model> model(String body) {
        String[] f = body.split(",", -1);
        if (f.length < 2 || !f[0].strip().matches("\\d{1,3}") || !f[1].strip().matches("\\d{1,3}")) {
            return Optional.empty();
        }
        return Optional.of(new RfExplorerMessage.Model(Integer.parseInt(f[0].strip()), Integer.parseInt(f[1].strip()),
                f.length > 2 ? f[2].strip() : ""));
    }

    private static Optional<RfExplorerMessage.Config> config(String body) {
        String[] f = body.split(",", -1);
        if (f.length < 5) {
            return Optional.empty();
        }
        long[] v = new long[Math.min(f.length, 10)];
        for (int i = 0; i < v.length; i++) {
            String s = f[i].strip();
            if (!s.matches("-?\\d{1,8}")) {
                if (i < 5) {
                    return Optional.empty();
                }
                s = "0";
            }
            v[i] = Long.parseLong(s);
        }
        if (v[0] <= 0 || v[1] <= 0 || v[4] < 1 || v[4] > 65_535 || v[2] <= v[3]) {
            return Optional.empty();
        }
        return Optional.of(new RfExplorerMessage.Config(v[0], v[1], (int) v[2], (int) v[3], (int) v[4],
                v.length > 7 ? v[7] : 0, v.length > 8 ? v[8] : 0, v.length > 9 ? v[9] : 0));
    }
}

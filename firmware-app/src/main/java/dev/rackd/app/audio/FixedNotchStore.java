package dev.rackd.app.audio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.state.StateStore;
import dev.rackd.dsp.FixedNotch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fixed notches learned at ring-out, kept in the state directory under {@value #NAME} so that they are back
 * after a power cut. The file is JSON, one list per channel (channel numbers from 1):
 * {@code {"format":1,"channels":[{"channel":1,"notches":[{"hz":2513.4,"depth_db":-9.0,"width_oct":0.1}]}]}}.
 * A set lost to a damaged file is noted in its place ({@code "lost"}: why), so that every boot says so until a new
 * set is saved.
 */
public final class FixedNotchStore {
    public static final String NAME = "audio-fixed-notches";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;
    private static final String LOST = "lost";
    private static final Logger LOG = LoggerFactory.getLogger(FixedNotchStore.class);

    /**
     * One notch as saved, before any check of what a notch may be or of what the show can hold
     * ({@link FixedNotchRestore} makes them all).
     *
     * @param channel from 1
     */
    public record Saved(int channel, double hz, double depthDb, double widthOct) {
    }

    private final StateStore store;

    public FixedNotchStore(StateStore store) {
        this.store = store;
    }

    /** Replaces what is saved. */
    public void save(List<List<FixedNotch>> perChannel) throws IOException {
        store.write(NAME, encode(perChannel));
    }

    /**
     * What was saved, in the order it was saved; empty when nothing was.
     *
     * @throws IOException with the reason in the crew's words when the file cannot be read or makes no sense
     */
    public Optional<List<Saved>> load() throws IOException {
        List<StateStore.Damage> damage = new ArrayList<>();
        Optional<byte[]> bytes = store.read(NAME, damage::add);
        if (!damage.isEmpty()) {
            StateStore.Damage d = damage.get(0);
            String why = "the saved file was damaged (" + d.why() + ") and " + d.where();
            noteLost(why);
            throw new IOException(why);
        }
        return bytes.isEmpty() ? Optional.empty() : Optional.of(decode(bytes.get()));
    }

    /** In place of the file set aside: without it the next boot would find no file and think nothing was lost. */
    private void noteLost(String why) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT).put(LOST, why);
        root.putArray("channels");
        try {
            store.write(NAME, root.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("audio: the loss of the ring-out notches could not be noted for the next start: {}",
                    e.getMessage());
        }
    }

    static byte[] encode(List<List<FixedNotch>> perChannel) {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ArrayNode channels = root.putArray("channels");
        for (int c = 0; c < perChannel.size(); c++) {
            ObjectNode ch = channels.addObject().put("channel", c + 1);
            ArrayNode notches = ch.putArray("notches");
            for (FixedNotch n : perChannel.get(c)) {
                notches.addObject().put("hz", n.frequencyHz()).put("depth_db", n.depthDb())
                        .put("width_oct", n.widthOct());
            }
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Saved> decode(byte[] bytes) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            // a JSON error says where; bytes in an encoding the parser cannot read (it guesses one from the first
            // four, and UCS-4 in an odd byte order is refused) are an IOException of their own
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new IOException("saved fixed notches are not JSON: " + why, e);
        }
        if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT
                || !root.path("channels").isArray()) {
            throw new IOException("saved fixed notches are not in format " + FORMAT);
        }
        if (root.path(LOST).isTextual()) {
            throw new IOException(root.get(LOST).asText());
        }
        List<Saved> saved = new ArrayList<>();
        for (JsonNode ch : root.get("channels")) {
            int number = ch.path("channel").asInt(0);
            if (number < 1 || !ch.path("notches").isArray()) {
                throw new IOException("saved fixed notches: bad channel entry " + ch);
            }
            for (JsonNode n : ch.get("notches")) {
                saved.add(notch(n, number));
            }
        }
        return List.copyOf(saved);
    }

    private static Saved notch(JsonNode n, int channel) throws IOException {
        JsonNode hz = n.get("hz");
        JsonNode depth = n.get("depth_db");
        JsonNode width = n.get("width_oct");
        if (hz == null || depth == null || width == null || !hz.isNumber() || !depth.isNumber() || !width.isNumber()) {
            throw new IOException("saved fixed notch on channel " + channel + " lacks hz, depth_db or width_oct: " + n);
        }
        return new Saved(channel, hz.asDouble(), depth.asDouble(), width.asDouble());
    }
}

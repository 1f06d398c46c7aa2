package dev.rackd.app.audio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.dsp.DspEvent;
import dev.rackd.dsp.DspEventType;

/**
 * One DSP event as a single-line JSON object, e.g.
 * {@code {"event":"notch_placed","channel":0,"sample":48128,"hz":2513.4,"depth_db":-6.0,"width_oct":0.1,
 * "fixed":false}}; limiter events carry {@code gain_reduction_db} (0 or positive) instead of the notch fields.
 * Off the audio thread only.
 */
public final class EventJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EventJson() {
    }

    /** @param channelNumber how the channel is named to this reader (index for benches, 1-based for the crew) */
    public static String format(DspEvent e, int channelNumber) {
        ObjectNode o = JSON.createObjectNode();
        o.put("event", e.type().wireName());
        o.put("channel", channelNumber);
        o.put("sample", e.sample());
        if (e.type() == DspEventType.LIMITER_ACTIVE || e.type() == DspEventType.LIMITER_RELEASED) {
            o.put("gain_reduction_db", round(-e.depthDb(), 10) + 0.0);
        } else {
            o.put("hz", round(e.hz(), 10));
            o.put("depth_db", round(e.depthDb(), 10) + 0.0);
            o.put("width_oct", round(e.widthOct(), 10000));
            o.put("fixed", e.fixed());
        }
        return o.toString();
    }

    private static double round(double v, double per) {
        return Double.isFinite(v) ? Math.round(v * per) / per : 0.0;
    }
}

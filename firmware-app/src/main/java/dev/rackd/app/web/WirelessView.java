package dev.rackd.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rackd.app.command.Json;
import dev.rackd.app.core.RackState;
import dev.rackd.config.ShowFile;
import dev.rackd.config.WirelessReceiver;
import dev.rackd.hal.Quality;
import java.util.ArrayList;
import java.util.List;

/**
 * The spectrum panel: the last scan (when the wireless domain publishes one), the carriers on air (the
 * receivers' reported frequencies, else the show file's coordination) and the intermodulation products to
 * mark: the domain's own analysis when its scan carries one, else {@link IntermodMarks}.
 */
final class WirelessView {
    static final int MARKED_PRODUCTS = 12;

    private final ShowFile show;
    private final RackState state;
    private final DomainFeeds feeds;

    WirelessView(ShowFile show, RackState state, DomainFeeds feeds) {
        this.show = show;
        this.state = state;
        this.feeds = feeds;
    }

    ObjectNode build() {
        ObjectNode out = Json.MAPPER.createObjectNode();
        JsonNode scan = feeds.scan();
        out.set("scan", scan == null ? Json.MAPPER.nullNode() : scan);
        ArrayNode carriers = out.putArray("carriers");
        List<Long> khz = new ArrayList<>();
        for (WirelessReceiver r : show.receivers()) {
            for (WirelessReceiver.WirelessChannel c : r.channels()) {
                long f = state.latest(r.id(), "ch" + c.channel() + "_frequency")
                        .filter(x -> x.quality() == Quality.GOOD && x.value() > 0)
                        .map(x -> Math.round(x.value())).orElse(c.frequencyKhz());
                if (f <= 0) {
                    continue;
                }
                khz.add(f);
                carriers.addObject().put("device", r.id()).put("channel", c.channel()).put("name", c.name())
                        .put("frequency_khz", f);
            }
        }
        if (scan != null && scan.path("intermod").isArray()) {
            out.set("intermod", scan.get("intermod"));
            out.put("intermod_source", "wireless domain");
        } else {
            ArrayNode im = out.putArray("intermod");
            for (IntermodMarks.Product p : IntermodMarks.nearest(khz, MARKED_PRODUCTS)) {
                ObjectNode o = im.addObject();
                o.put("order", 3);
                o.put("kind", p.kind());
                o.put("frequency_khz", p.frequencyKhz());
                p.sourcesKhz().forEach(o.withArray("sources_khz")::add);
                o.put("nearest_khz", p.nearestKhz());
                o.put("distance_khz", p.distanceKhz());
            }
            out.put("intermod_source", "third-order products of the carriers on air");
        }
        return out;
    }
}

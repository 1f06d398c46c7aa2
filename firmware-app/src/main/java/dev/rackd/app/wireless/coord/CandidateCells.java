package dev.rackd.app.wireless.coord;

import dev.rackd.config.KhzRange;
import dev.rackd.config.TvChannels;
import java.util.Arrays;

/**
 * Where each system may go before any other carrier is placed: its tuning grid minus what the TV plan closes
 * everywhere and what the venue rules out.
 */
final class CandidateCells {
    private final CoordinationRequest request;
    private final Grid grid;
    private final ScanOccupancy scan;

    CandidateCells(CoordinationRequest request, Grid grid) {
        this.request = request;
        this.grid = grid;
        this.scan = new ScanOccupancy(request.scan(), request.occupiedDbm(), request.occupiedHalfWidthKhz());
    }

    /** The system's allowed cells, ascending. */
    int[] of(WirelessSystem s) {
        int[] cells = new int[(int) ((s.maxKhz() - s.minKhz()) / s.stepKhz() + 1)];
        int n = 0;
        for (long f = s.minKhz(); f <= s.maxKhz(); f += s.stepKhz()) {
            if (allowed(f)) {
                cells[n++] = grid.cell(f);
            }
        }
        return Arrays.copyOf(cells, n);
    }

    /** Why a frequency may not be used, or null if it may. */
    String refusal(long f) {
        var closed = TvChannels.closedAt(request.tvPlan(), f);
        if (closed.isPresent()) { // named first: it holds at every venue, whatever else the request rules out
            return "inside " + closed.get().describe();
        }
        int ch = TvChannels.channelOf(request.tvPlan(), f);
        if (!request.includedTv().isEmpty() && !request.includedTv().contains(ch)) {
            return "outside the included TV channels";
        }
        if (request.excludedTv().contains(ch)) {
            return "in excluded TV channel " + ch;
        }
        for (KhzRange r : request.exclusions()) {
            if (r.contains(f)) {
                return "in the exclusion " + r.fromKhz() + "-" + r.toKhz() + " kHz";
            }
        }
        if (scan.occupied(f)) {
            return "occupied in the scan (at or above " + request.occupiedDbm() + " dBm)";
        }
        return null;
    }

    boolean allowed(long f) {
        return refusal(f) == null;
    }
}

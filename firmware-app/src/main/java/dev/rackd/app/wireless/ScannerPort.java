package dev.rackd.app.wireless;

import dev.rackd.hal.wireless.rfexplorer.ScanPlan;
import dev.rackd.hal.wireless.scan.ScanPoint;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What the wireless domain needs from the spectrum scanner. */
public interface ScannerPort {
    String id();

    boolean online();

    /** The full scan the show file asks for (its range and resolution). */
    ScanPlan plan();

    CompletableFuture<List<ScanPoint>> scan(ScanPlan plan);
}

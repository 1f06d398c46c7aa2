package dev.rackd.rig.packaging;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/** Stands in for rackd.jar: prints what the launcher gave the JVM, one fact per line. */
public final class LauncherProbe {
    private LauncherProbe() {}

    public static void main(String[] args) {
        System.out.println("args=" + String.join("|", args));
        System.out.println("java=" + Runtime.version().feature());
        System.out.println("tmpdir=" + System.getProperty("java.io.tmpdir"));
        System.out.println("jnu=" + System.getProperty("sun.jnu.encoding"));
        System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            System.out.println("flag=" + a);
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            System.out.println("gc=" + gc.getName());
        }
    }
}

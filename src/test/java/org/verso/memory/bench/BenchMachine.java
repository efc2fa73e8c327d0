package org.verso.memory.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the memory benchmarks read off the machine: used heap after collection, load average. */
final class BenchMachine {

    private BenchMachine() {
    }

    /** Used heap after three System.gc() calls: before and after a build, the difference is what it keeps. */
    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The top of the live heap's class histogram (jcmd GC.class_histogram), as a code block. */
    static String histogram(int lines) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", Long.toString(ProcessHandle.current().pid()),
                    "GC.class_histogram").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return "```\n" + out.lines().limit(lines).collect(java.util.stream.Collectors.joining("\n")) + "\n```\n\n";
        } catch (IOException e) {
            return "(no histogram: " + e.getMessage() + ")\n\n";
        }
    }
}

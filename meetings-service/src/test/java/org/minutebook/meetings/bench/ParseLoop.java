package org.minutebook.meetings.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minutebook.meetings.importer.MinutesParser;

/**
 * The parser in a loop over a set of documents, for a profiler (JFR) to watch and for a quick figure by thread CPU
 * time, which a shared machine disturbs less than wall time. Arguments: seconds to loop, then directories as for
 * {@link ParserFingerprint}. Prints CPU µs per parse (mean, and the fastest parse, which other load inflates least)
 * and MB/s for each document.
 */
public final class ParseLoop {

    private ParseLoop() {
    }

    public static void main(String[] args) throws IOException {
        long seconds = Long.parseLong(args[0]);
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String[] dirs = java.util.Arrays.copyOfRange(args, 1, args.length);
        for (Path p : ParserFingerprint.documents(dirs)) {
            names.add(p.getFileName().toString());
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        MinutesParser parser = new MinutesParser();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[texts.size()];
        long[] runs = new long[texts.size()];
        long[] best = new long[texts.size()];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        long warmUntil = System.nanoTime() + Math.min(10, seconds / 3) * 1_000_000_000L;
        long end = warmUntil + seconds * 1_000_000_000L;
        boolean measuring = false;
        while (System.nanoTime() < end) {
            measuring |= System.nanoTime() >= warmUntil;
            for (int i = 0; i < texts.size(); i++) {
                long t = cpu.getCurrentThreadCpuTime();
                try {
                    parser.read(texts.get(i), null, names.get(i));
                } catch (RuntimeException refused) {
                    // refused documents are part of the work too
                }
                if (measuring) {
                    long spent = cpu.getCurrentThreadCpuTime() - t;
                    nanos[i] += spent;
                    best[i] = Math.min(best[i], spent);
                    runs[i]++;
                }
            }
        }
        long bytes = 0;
        long total = 0;
        long fastest = 0;
        for (int i = 0; i < texts.size(); i++) {
            int size = texts.get(i).getBytes(StandardCharsets.UTF_8).length;
            double us = nanos[i] / 1e3 / Math.max(1, runs[i]);
            bytes += size;
            total += nanos[i] / Math.max(1, runs[i]);
            fastest += best[i];
            System.out.printf(Locale.ROOT, "%-52s %7d B %9.1f us %6.2f MB/s, fastest %9.1f us %6.2f MB/s%n",
                    names.get(i), size, us, size / us, best[i] / 1e3, size / (best[i] / 1e3));
        }
        System.out.printf(Locale.ROOT,
                "all %d documents: %d B, %.1f us per round, %.2f MB/s; fastest %.1f us, %.2f MB/s%n",
                texts.size(), bytes, total / 1e3, bytes / (total / 1e3), fastest / 1e3, bytes / (fastest / 1e3));
    }
}

package org.minutebook.meetings.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the importer in one JVM, parse by parse in turn, timed by thread CPU time: whatever else the machine
 * runs slows both alike, so their ratio holds where two JMH runs minutes apart do not. Arguments: the class
 * directories of the "before" and "after" importer (each holding {@code org/minutebook/meetings/importer/} with its
 * {@code vocabulary.properties}), seconds to measure after 8 s of warm-up, then the documents. Prints the median CPU
 * time per parse of each.
 */
public final class ParserComparison {

    private static final String IMPORTER = "org.minutebook.meetings.importer.";

    private ParserComparison() {
    }

    public static void main(String[] args) throws Exception {
        Path[] dirs = {Path.of(args[0]), Path.of(args[1])};
        long seconds = Long.parseLong(args[2]);
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            names.add(Path.of(args[i]).getFileName().toString());
            texts.add(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8));
        }
        Object[] parsers = new Object[2];
        Method[] read = new Method[2];
        List<List<List<Long>>> times = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            Class<?> c = new Importer(dirs[k]).loadClass(IMPORTER + "MinutesParser");
            parsers[k] = c.getConstructor().newInstance();
            read[k] = c.getMethod("read", String.class, String.class, String.class);
            List<List<Long>> perDocument = new ArrayList<>();
            texts.forEach(t -> perDocument.add(new ArrayList<>()));
            times.add(perDocument);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long warm = System.nanoTime() + 8_000_000_000L;
        long end = warm + seconds * 1_000_000_000L;
        for (int round = 0; System.nanoTime() < end; round++) {
            boolean measuring = System.nanoTime() > warm;
            for (int i = 0; i < texts.size(); i++) {
                for (int turn = 0; turn < 2; turn++) {
                    int k = (round + turn) % 2; // each goes first in every other round
                    long start = cpu.getCurrentThreadCpuTime();
                    read[k].invoke(parsers[k], texts.get(i), null, names.get(i));
                    long spent = cpu.getCurrentThreadCpuTime() - start;
                    if (measuring) {
                        times.get(k).get(i).add(spent);
                    }
                }
            }
        }
        double before = 0;
        double after = 0;
        long bytes = 0;
        for (int i = 0; i < texts.size(); i++) {
            double b = median(times.get(0).get(i)) / 1e3;
            double a = median(times.get(1).get(i)) / 1e3;
            int size = texts.get(i).getBytes(StandardCharsets.UTF_8).length;
            before += b;
            after += a;
            bytes += size;
            System.out.printf(Locale.ROOT, "%-36s %6d B  before %8.1f us %5.2f MB/s  after %8.1f us %5.2f MB/s"
                    + "  x%.2f  (%d parses each)%n", names.get(i), size, b, size / b, a, size / a, b / a,
                    times.get(0).get(i).size());
        }
        System.out.printf(Locale.ROOT, "all: before %.1f us %.2f MB/s, after %.1f us %.2f MB/s, x%.2f%n", before,
                bytes / before, after, bytes / after, before / after);
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    /** Loads the importer package from one directory, everything else (records, libraries) from the class path. */
    private static final class Importer extends ClassLoader {

        private final Path dir;

        Importer(Path dir) {
            super(ParserComparison.class.getClassLoader());
            this.dir = dir;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(IMPORTER)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c != null) {
                    return c;
                }
                try {
                    byte[] b = Files.readAllBytes(dir.resolve(name.replace('.', '/') + ".class"));
                    return defineClass(name, b, 0, b.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }

        @Override
        public URL getResource(String name) {
            Path p = dir.resolve(name);
            try {
                return Files.exists(p) ? p.toUri().toURL() : super.getResource(name);
            } catch (IOException e) {
                return super.getResource(name);
            }
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            Path p = dir.resolve(name);
            try {
                return Files.exists(p) ? Files.newInputStream(p) : super.getResourceAsStream(name);
            } catch (IOException e) {
                return super.getResourceAsStream(name);
            }
        }
    }
}

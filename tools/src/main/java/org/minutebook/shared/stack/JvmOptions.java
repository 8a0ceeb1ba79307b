package org.minutebook.shared.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options a service starts with. The defaults are sized for a small service on a small machine (measured in
 * docs/BENCHMARKS.md, "Start-up and memory"); the container images set the same through {@code JAVA_OPTS_APPEND}. The
 * launcher's {@code -Dminutebook.jvm.options="…"} replaces them, which is how the start-up bench compares settings.
 */
public final class JvmOptions {

    /** Replaces {@link #DEFAULTS} for every service this launcher starts. */
    public static final String PROPERTY = "minutebook.jvm.options";
    /** {@code false}: start without the class-data archive even where it was built. */
    public static final String APP_CDS = "minutebook.jvm.app-cds";

    /**
     * Serial GC: one collector thread and no per-region bookkeeping suit a heap this size on two cores. The heap cap
     * leaves room for the largest import (64 MB of document, parsed twice); metaspace holds about 100 MB of classes;
     * the code cache and thread stacks are what a service with a few dozen threads uses.
     */
    public static final List<String> SIZED = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx384m",
            "-XX:MaxMetaspaceSize=192m",
            "-XX:ReservedCodeCacheSize=64m", "-Xss512k");

    /**
     * The sized options, compiled by C1 alone: C2's compiling took about 40 % of each service's processor time to
     * ready and 50 MB of its memory, and the queries measured answered no slower without it (they wait on PostgreSQL).
     */
    public static final List<String> DEFAULTS = java.util.stream.Stream
            .concat(SIZED.stream(), java.util.stream.Stream.of("-XX:TieredStopAtLevel=1")).toList();

    /** The archive Quarkus writes beside the jar when packaged with {@code quarkus.package.jar.appcds.enabled}. */
    static final String ARCHIVE = "app-cds.jsa";

    private JvmOptions() {
    }

    /** The options for the jar in {@code appDir}: the chosen ones, and its class-data archive if it was built. */
    static List<String> forApp(Path appDir) {
        String chosen = System.getProperty(PROPERTY);
        List<String> options = new ArrayList<>(chosen == null
                ? DEFAULTS
                : Arrays.stream(chosen.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList());
        Path archive = appDir.resolve(ARCHIVE);
        // -Xshare:auto (the default) falls back to loading classes when the archive does not fit this JVM.
        if (Files.isRegularFile(archive) && !"false".equals(System.getProperty(APP_CDS))
                && options.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"))
                && !options.contains("-Xshare:off")) {
            options.add("-XX:SharedArchiveFile=" + ARCHIVE);
        }
        return options;
    }
}

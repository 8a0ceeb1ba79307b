package org.minutebook.shared.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A JDK of at least a given release for a child process that needs a newer Java than the build's (Keycloak 26 needs
 * 21): {@code KEYCLOAK_JAVA_HOME}, this JVM, {@code JAVA_HOME}, or the newest JDK installed beside this one (a Debian
 * machine keeps them side by side, e.g. a distribution's 17 and a vendor's 25).
 */
final class JavaHomes {

    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    private JavaHomes() {
    }

    static Path atLeast(int release) {
        Stream<Path> named = Stream.of(System.getenv("KEYCLOAK_JAVA_HOME"), System.getProperty("java.home"),
                System.getenv("JAVA_HOME")).filter(h -> h != null && !h.isBlank()).map(Path::of);
        Optional<Path> found = named.filter(h -> release(h) >= release).findFirst()
                .or(() -> siblings().filter(h -> release(h) >= release)
                        .max(Comparator.comparingInt(JavaHomes::release)));
        return found.orElseThrow(() -> new IllegalStateException("Keycloak needs Java " + release + " or later: "
                + "install one, or name it in KEYCLOAK_JAVA_HOME"));
    }

    private static Stream<Path> siblings() {
        Path parent = Path.of(System.getProperty("java.home")).toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Stream.empty();
        }
        try (Stream<Path> dirs = Files.list(parent)) {
            return dirs.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature release a JDK's {@code release} file names; 0 when it is not a JDK. */
    static int release(Path home) {
        Path file = home.resolve("release");
        if (!Files.isRegularFile(file) || !Files.isExecutable(home.resolve("bin/java"))) {
            return 0;
        }
        try {
            Matcher m = VERSION.matcher(Files.readString(file));
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }
}

package org.minutebook.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.stack.JvmOptions;

/** The containers start the services with the JVM options the local stack uses, the ones measured. */
class JvmOptionsTest {

    private static final Pattern APPENDED = Pattern.compile("JAVA_OPTS_APPEND: >-\\n((?: {8}.*\\n)+)");

    @Test
    void composeStartsTheServicesWithTheLocalStacksOptions() throws IOException {
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        Matcher options = APPENDED.matcher(compose);
        assertEquals(true, options.find(), "docker-compose.yml sets JAVA_OPTS_APPEND once for the services");
        List<String> set = Arrays.stream(options.group(1).trim().split("\\s+"))
                .filter(option -> !option.startsWith("-Djava.util.logging.manager")).toList();
        assertEquals(JvmOptions.DEFAULTS, set);
    }
}

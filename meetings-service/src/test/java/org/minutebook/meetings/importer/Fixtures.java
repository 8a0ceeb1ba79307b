package org.minutebook.meetings.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test inputs: the seed and synthetic minutes under src/test/resources/minutes, and a minimal minutes frame. */
final class Fixtures {

    static final String HEADER = "Safer Stockton Partnership\n\n"
            + "A meeting of Safer Stockton Partnership was held on Tuesday, 21st June 2016.\n\n"
            + "Present: Cllr Steve Nelson (Chair), John Lyons (Cleveland Police), Steve Johnson (Cleveland Fire Brigade), "
            + "Claire Sills, Carol Smith\n\n"
            + "Apologies: Dave Willingham\n\n";

    private Fixtures() {
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/minutes/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /minutes/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared header and attendance followed by {@code items}. */
    static String minutes(String items) {
        return HEADER + items;
    }
}

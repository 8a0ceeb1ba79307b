package org.minutebook.meetings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The sample meeting records the local stack loads, read from the project's samples folder. */
public final class Samples {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Samples() {
    }

    public static ObjectNode meeting(String name) {
        try {
            return (ObjectNode) MAPPER.readTree(Files.readString(Path.of("..", "samples", name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy under another committee, so that tests do not see each other's meetings. */
    public static ObjectNode meetingOf(String name, String committee) {
        ObjectNode meeting = meeting(name);
        meeting.put("committee", committee);
        return meeting;
    }
}

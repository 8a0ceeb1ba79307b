package org.minutebook.meetings.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.minutebook.meetings.importer.DocumentText;
import org.minutebook.meetings.importer.MinutesParser;
import org.minutebook.meetings.importer.ParsedMinutes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Everything the parser makes of a set of documents, printed in a stable form: for each document its record, warnings
 * and lines as JSON, or the reason it was refused. A speed change must leave this output byte for byte the same; save
 * it before the change and compare after.
 *
 * <p>
 * Arguments: directories of minutes (every .txt, .md, .html and .htm file in them, read the way an upload is, then
 * its raw text once more). Run in meetings-service/ with the test classpath, e.g.
 * {@code java -cp <test classpath> org.minutebook.meetings.bench.ParserFingerprint src/test/resources/corpus
 * src/test/resources/minutes ../samples/minutes > before.txt}.
 */
public final class ParserFingerprint {

    private ParserFingerprint() {
    }

    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        MinutesParser parser = new MinutesParser();
        DocumentText documents = new DocumentText();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (Path file : documents(args)) {
            String name = file.getFileName().toString();
            byte[] bytes = Files.readAllBytes(file);
            out.println("=== " + file);
            String text;
            try {
                text = documents.extract(bytes, mediaType(name), name);
            } catch (RuntimeException e) {
                out.println("unreadable: " + e);
                continue;
            }
            out.println(fingerprint(json, parser, text, name));
            out.println("--- raw text, no file name");
            out.println(fingerprint(json, parser, new String(bytes, StandardCharsets.UTF_8), null));
        }
        out.flush();
    }

    private static String fingerprint(ObjectMapper json, MinutesParser parser, String text, String name) {
        try {
            ParsedMinutes parsed = parser.read(text, null, name);
            return json.writeValueAsString(parsed);
        } catch (RuntimeException | IOException e) {
            return "refused: " + e;
        }
    }

    static List<Path> documents(String[] dirs) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String d : dirs) {
            try (Stream<Path> files = Files.list(Path.of(d))) {
                files.filter(p -> mediaType(p.getFileName().toString()) != null).sorted().forEach(all::add);
            }
        }
        return all;
    }

    static String mediaType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "md" -> "text/markdown";
            case "html", "htm" -> "text/html";
            case "txt" -> "text/plain";
            default -> null;
        };
    }
}

package org.minutebook.meetings.importer.lines;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.minutebook.meetings.importer.DocumentText;
import org.minutebook.meetings.importer.LineTrialAccess;
import org.minutebook.meetings.importer.MinutesParser;
import org.minutebook.meetings.importer.NotMinutesException;
import org.minutebook.meetings.importer.ParsedMinutes;
import org.minutebook.meetings.record.ItemRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A corpus document read as the importer reads an upload: its cleaned lines, its golden's items, and the items the
 * current parser made of it. {@code body} groups a council's documents ("wairoa-district-council"), for leaving a
 * whole body out of training.
 */
record CorpusDocument(String id, String body, List<DocLine> lines, List<ItemRef> golden, List<ItemRef> parsed) {

    static List<CorpusDocument> loadAll() throws IOException {
        DocumentText documents = new DocumentText();
        MinutesParser parser = new MinutesParser();
        ObjectMapper json = new ObjectMapper();
        List<CorpusDocument> out = new ArrayList<>();
        for (Path g : goldens()) {
            JsonNode golden = json.readTree(g.toFile());
            String source = golden.get("source").asText();
            String text = documents.extract(Files.readAllBytes(g.resolveSibling(source)), mediaType(source), source);
            List<DocLine> lines = LineTrialAccess.cleanedLines(text);
            List<ItemRef> parsed = new ArrayList<>();
            try {
                ParsedMinutes read = parser.read(text, null, source);
                if (read.lines().size() != lines.size()) {
                    throw new IllegalStateException(source + ": the parser read " + read.lines().size()
                            + " lines, the repair stage gave " + lines.size());
                }
                for (ItemRecord i : read.record().items()) {
                    parsed.add(new ItemRef(i.number(), i.title()));
                }
            } catch (NotMinutesException e) {
                // A refused document has no item headings by the rules; its golden ones are all missed.
            }
            List<ItemRef> items = new ArrayList<>();
            for (JsonNode i : golden.get("items")) {
                items.add(new ItemRef(i.get("number").asText(), i.get("title").asText()));
            }
            String id = source.substring(0, source.lastIndexOf('.'));
            out.add(new CorpusDocument(id, body(id), lines, items, parsed));
        }
        return out;
    }

    /** The name before the date: "wairoa-district-council-2019-02-26-extraordinary" is "wairoa-district-council". */
    static String body(String id) {
        return id.replaceFirst("-\\d{4}-\\d{2}-\\d{2}.*$", "");
    }

    private static String mediaType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "md" -> "text/markdown";
            case "html", "htm" -> "text/html";
            default -> "text/plain";
        };
    }

    private static List<Path> goldens() throws IOException {
        Path dir;
        try {
            dir = Paths.get(CorpusDocument.class.getResource("/corpus/README.md").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}

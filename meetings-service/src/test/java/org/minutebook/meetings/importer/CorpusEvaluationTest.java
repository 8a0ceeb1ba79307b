package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.minutebook.meetings.record.MeetingRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The importer's own evaluation: every real document of the corpus (src/test/resources/corpus) read the way an upload
 * is (its media type from its extension) and scored against its hand-made golden with the scorer's measures. Prints
 * the per-document table; fails below the floor, which was set from the measured score, and on any refused document.
 */
class CorpusEvaluationTest {

    /**
     * Under the measured overall (0.948 over 58 documents after a third batch of six bodies' minutes came in at 0.864
     * and reached 0.886 with the rules they prompted; 0.956 over 52 documents after six more bodies' minutes came in at
     * 0.843 and the rules
     * they prompted; 0.961 over 46 documents after five new bodies' minutes and the rules they prompted;
     * 0.959 over 41 documents after the election rule; 0.956 after the run-together
     * motion rule; 0.954 after the
     * report-section rule; 0.952 after the
     * action-owner and trailing-heading rules; 0.947
     * after the nickname, wrapped-hyphen, trailing-acronym
     * and accepted-apologies rules; 0.942 after the clause, passive and "That …"-paragraph
     * decisions; 0.937 before them; 0.924 when the six English county, metropolitan and town
     * councils' minutes joined the 35, which measured 0.929; 0.879 when the eight principal councils' minutes joined
     * the corpus, one of them refused; 0.914 over the 27 before them); raise it as the importer improves.
     */
    private static final double FLOOR = 0.945;
    /**
     * Under the measured mean implied-action recall over the documents whose goldens list implied actions (0.87 over
     * 25 documents, a New Zealand regional council's 0.33 among them; 0.89 over 23 documents; 0.90 over 20 documents; 0.68 before the "Clerk to …" shorthand and the follow-up words became vocabulary).
     */
    private static final double IMPLIED_FLOOR = 0.85;

    private final MinutesParser parser = new MinutesParser();
    private final DocumentText documents = new DocumentText();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldScoreTheCorpusAboveItsFloor() throws IOException {
        List<Path> goldens = goldens();
        assertTrue(goldens.size() >= 5, "the corpus has " + goldens.size() + " documents");
        List<Double> overall = new ArrayList<>();
        List<Double> implied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        StringBuilder table = new StringBuilder("\ncorpus document | overall | measures\n");
        for (Path g : goldens) {
            JsonNode golden = json.readTree(g.toFile());
            String source = golden.get("source").asText();
            MeetingRecord record;
            try {
                record = read(g.resolveSibling(source));
            } catch (NotMinutesException | UnreadableDocumentException e) {
                refused.add(source + ": " + e.getMessage());
                overall.add(0.0);
                table.append(source).append(" | refused | ").append(e.getMessage()).append('\n');
                continue;
            }
            Map<String, Double> measures = MinutesScore.score(golden, record);
            double o = MinutesScore.overall(measures);
            overall.add(o);
            double recall = MinutesScore.impliedRecall(golden, record);
            if (!golden.path("impliedActions").isEmpty()) {
                implied.add(recall);
            }
            table.append(String.format(Locale.ROOT, "%s | %.3f | %s implied-recall=%.2f%n", source, o, measures,
                    recall));
        }
        double mean = overall.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double recall = implied.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        table.append(
                String.format(Locale.ROOT, "corpus: %d documents, overall %.3f; implied-action recall %.2f over %d%n",
                        overall.size(), mean, recall, implied.size()));
        System.out.println(table);
        assertTrue(refused.isEmpty(), "refused: " + refused);
        assertTrue(mean >= FLOOR, "corpus overall " + mean + " below " + FLOOR + table);
        assertTrue(recall >= IMPLIED_FLOOR, "implied-action recall " + recall + " below " + IMPLIED_FLOOR + table);
    }

    private MeetingRecord read(Path source) throws IOException {
        String name = source.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String type = switch (ext) {
            case "md" -> "text/markdown";
            case "html", "htm" -> "text/html";
            default -> "text/plain";
        };
        return parser.read(documents.extract(Files.readAllBytes(source), type, name), null, name).record();
    }

    static List<Path> goldens() throws IOException {
        Path dir;
        try {
            dir = Paths.get(CorpusEvaluationTest.class.getResource("/corpus/README.md").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}

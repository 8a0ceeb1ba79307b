package org.minutebook.meetings.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minutebook.meetings.record.MeetingRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each seed against its golden file with the scorer's measures. The seeds parse perfectly today; the thresholds leave
 * a little room so a deliberate trade-off can land, but a real regression fails the build.
 */
class GoldenMinutesTest {

    private static final double MIN_OVERALL = 0.98;
    private static final double MIN_MEASURE = 0.9;
    private static final double MIN_IMPLIED_RECALL = 0.8;

    private final MinutesParser parser = new MinutesParser();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"ssp-2011-07-05", "ssp-2016-06-21", "ssp-2017-02-14"})
    void shouldMatchGoldenRecord(String name) throws Exception {
        JsonNode golden = json.readTree(Fixtures.resource(name + ".json"));
        MeetingRecord record = parser.parse(Fixtures.resource(golden.get("source").asText()), null);

        Map<String, Double> measures = MinutesScore.score(golden, record);
        double overall = MinutesScore.overall(measures);
        double implied = MinutesScore.impliedRecall(golden, record);

        assertTrue(overall >= MIN_OVERALL, name + " overall " + overall + " " + measures);
        measures.forEach((k, v) -> assertTrue(v >= MIN_MEASURE, name + " " + k + "=" + v + " " + measures));
        assertTrue(implied >= MIN_IMPLIED_RECALL, name + " implied-action recall " + implied);
    }
}

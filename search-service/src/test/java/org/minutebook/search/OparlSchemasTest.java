package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minutebook.search.support.OparlSchemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The OParl schemas the conformance walk uses refuse what the specification refuses, so a clean walk means something. */
class OparlSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEETING = """
            {"id": "https://example.org/oparl/v1.1/meeting/1", "type": "https://schema.oparl.org/1.1/Meeting",
             "name": "Board, 2016-06-21", "start": "2016-06-21T09:30:00+01:00",
             "created": "2016-06-22T09:00:00Z", "modified": "2016-06-22T09:00:00Z",
             "agendaItem": [{"id": "https://example.org/oparl/v1.1/agendaItem/1",
                 "type": "https://schema.oparl.org/1.1/AgendaItem", "order": 0, "name": "Apologies",
                 "created": "2016-06-22T09:00:00Z", "modified": "2016-06-22T09:00:00Z"}]}""";

    private final OparlSchemas schemas = new OparlSchemas();

    @Test
    void shouldAcceptAMeetingAsTheSpecificationDescribesIt() throws Exception {
        assertEquals(List.of(), schemas.violations("Meeting", JSON.readTree(MEETING)));
    }

    @Test
    void shouldRefuseWhatTheSpecificationRefuses() throws Exception {
        for (String broken : List.of(
                MEETING.replace("\"created\": \"2016-06-22T09:00:00Z\", ", ""),
                MEETING.replace("https://schema.oparl.org/1.1/Meeting", "https://schema.oparl.org/1.0/Meeting"),
                MEETING.replace("2016-06-21T09:30:00+01:00", "2016-06-21T09:30+01:00"),
                MEETING.replace("\"id\": \"https://example.org/oparl/v1.1/meeting/1\"", "\"id\": \"meeting/1\""),
                MEETING.replace("\"order\": 0, ", ""),
                MEETING.replace("\"name\": \"Apologies\"", "\"name\": \"Apologies\", \"title\": \"Apologies\""),
                MEETING.replace("\"name\": \"Board, 2016-06-21\"", "\"name\": 7"))) {
            JsonNode node = JSON.readTree(broken);
            assertFalse(schemas.violations("Meeting", node).isEmpty(), broken);
        }
    }

    @Test
    void shouldAcceptADeletedObjectWithItsTimesOnly() throws Exception {
        JsonNode deleted = JSON.readTree("""
                {"id": "https://example.org/oparl/v1.1/agendaItem/2", "type": "https://schema.oparl.org/1.1/AgendaItem",
                 "created": "2016-06-22T09:00:00Z", "modified": "2016-07-01T09:00:00Z", "deleted": true}""");
        assertEquals(List.of(), schemas.violations("AgendaItem", deleted));
        assertFalse(schemas.violations("AgendaItem", JSON.readTree(deleted.toString().replace(",\"deleted\":true", "")))
                .isEmpty());
    }
}

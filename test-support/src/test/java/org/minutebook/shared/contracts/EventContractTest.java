package org.minutebook.shared.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The document is its own first test: every example is a valid message, and the schemas do refuse. */
class EventContractTest {

    private final EventContract contract = EventContract.load();

    @Test
    void shouldDescribeEveryEventTypeOnEachChannel() {
        List<String> meetings = List.of("minutes.meeting.recorded", "minutes.item.recorded",
                "minutes.resolution.recorded", "minutes.meeting.superseded", "minutes.meeting.published",
                "minutes.minutes.approved");
        List<String> actions = List.of("minutes.action.assigned", "minutes.action.updated",
                "minutes.action.completed", "minutes.item.deferred", "minutes.deferral.resolved",
                "minutes.deferral.carried-forward");
        assertThat(contract.types(EventContract.MEETINGS)).containsExactlyElementsOf(meetings);
        assertThat(contract.types(EventContract.ACTIONS)).containsExactlyElementsOf(actions);
        assertThat(contract.types(EventContract.STREAM)).containsExactlyInAnyOrderElementsOf(
                java.util.stream.Stream.concat(meetings.stream(), actions.stream()).toList());
    }

    @Test
    void shouldHaveValidExamplesForEveryMessage() {
        for (String channel : List.of(EventContract.MEETINGS, EventContract.ACTIONS, EventContract.STREAM)) {
            List<EventContract.Example> examples = contract.examples(channel);
            assertThat(examples.stream().map(EventContract.Example::type).distinct())
                    .containsExactlyInAnyOrderElementsOf(contract.types(channel));
            for (EventContract.Example example : examples) {
                assertThat(contract.violations(channel, example.payload()))
                        .as(example.type() + " example " + example.name()).isEmpty();
            }
        }
    }

    @Test
    void shouldRefuseAnUndocumentedFieldAMissingOneAndAWrongValue() {
        ObjectNode event = (ObjectNode) contract.example(EventContract.MEETINGS, "resolution.recorded").payload();
        ObjectNode added = event.deepCopy();
        ((ObjectNode) added.get("data")).put("mood", "cheerful");
        ObjectNode missing = event.deepCopy();
        ((ObjectNode) missing.get("data")).remove("outcome");
        ObjectNode wrong = event.deepCopy();
        ((ObjectNode) wrong.get("data")).put("outcome", "MAYBE");
        ObjectNode redactedOnKafka = contract.examples(EventContract.STREAM).stream()
                .filter(e -> e.name().equals("restricted")).findFirst().orElseThrow().payload().deepCopy();

        assertThat(contract.violations(EventContract.MEETINGS, added)).isNotEmpty();
        assertThat(contract.violations(EventContract.MEETINGS, missing)).isNotEmpty();
        assertThat(contract.violations(EventContract.MEETINGS, wrong)).isNotEmpty();
        assertThat(contract.violations(EventContract.MEETINGS, redactedOnKafka)).isNotEmpty();
        assertThat(contract.violations(EventContract.ACTIONS, event)).containsExactly(
                "no message minutes.resolution.recorded on minutes.actions in " + EventContract.RESOURCE);
    }
}

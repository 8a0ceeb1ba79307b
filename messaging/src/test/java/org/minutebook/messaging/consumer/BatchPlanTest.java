package org.minutebook.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Events are written "type:subject:n"; types in SET are applied together, the others one by one. */
class BatchPlanTest {

    private static final Set<String> SET = Set.of("meeting", "item", "resolution");

    @Test
    void eachTypeIsOneStepWhenEverySubjectComesInTheSameTypeOrder() {
        assertThat(plan("meeting:A:1", "item:A:2", "resolution:A:3", "meeting:B:4", "item:B:5", "item:B:6",
                "resolution:B:7")).containsExactly(
                        "meeting[meeting:A:1, meeting:B:4]",
                        "item[item:A:2, item:B:5, item:B:6]",
                        "resolution[resolution:A:3, resolution:B:7]");
    }

    @Test
    void aSubjectGoingBackToAnEarlierTypeStartsANewSegment() {
        // A's second item must not be applied before A's resolution that came first.
        assertThat(plan("item:A:1", "resolution:A:2", "item:A:3", "item:B:4")).containsExactly(
                "item[item:A:1]", "resolution[resolution:A:2]", "item[item:A:3, item:B:4]");
    }

    @Test
    void otherSubjectsMayBeGroupedAcrossEachOther() {
        // B's item goes with A's: B has nothing in the resolution step, so nothing of B is overtaken.
        assertThat(plan("item:A:1", "resolution:A:2", "item:B:3")).containsExactly(
                "item[item:A:1, item:B:3]", "resolution[resolution:A:2]");
    }

    @Test
    void anEventHandledOneByOneStaysInItsPlaceAndNothingMovesAcrossIt() {
        assertThat(plan("item:A:1", "superseded:A:2", "item:A:3", "item:B:4", "published:B:5", "item:C:6"))
                .containsExactly("item[item:A:1]", "superseded[superseded:A:2]", "item[item:A:3, item:B:4]",
                        "published[published:B:5]", "item[item:C:6]");
    }

    @Test
    void everyEventIsPlannedOnceAndEachSubjectKeepsItsOrder() {
        String[] events = {"item:A:1", "meeting:B:2", "resolution:A:3", "item:B:4", "meeting:A:5", "item:C:6",
                "resolution:B:7", "item:A:8", "resolution:C:9", "meeting:C:10"};
        List<String> applied = BatchPlan.of(List.of(events), BatchPlanTest::type, BatchPlanTest::subject,
                SET::contains).stream().flatMap(s -> s.events().stream()).toList();
        assertThat(applied).containsExactlyInAnyOrder(events);
        for (String subject : List.of("A", "B", "C")) {
            assertThat(applied.stream().filter(e -> subject(e).equals(subject)).toList())
                    .isEqualTo(Arrays.stream(events).filter(e -> subject(e).equals(subject)).toList());
        }
    }

    private static List<String> plan(String... events) {
        return BatchPlan.of(List.of(events), BatchPlanTest::type, BatchPlanTest::subject, SET::contains).stream()
                .map(step -> step.type() + step.events()).toList();
    }

    private static String type(String event) {
        return event.split(":")[0];
    }

    private static String subject(String event) {
        return event.split(":")[1];
    }
}

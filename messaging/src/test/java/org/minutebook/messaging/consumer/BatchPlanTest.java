package org.minutebook.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
                SET::contains).stream().flatMap(s -> s.steps().stream()).flatMap(s -> s.events().stream()).toList();
        assertThat(applied).containsExactlyInAnyOrder(events);
        for (String subject : List.of("A", "B", "C")) {
            assertThat(applied.stream().filter(e -> subject(e).equals(subject)).toList())
                    .isEqualTo(Arrays.stream(events).filter(e -> subject(e).equals(subject)).toList());
        }
    }

    @Test
    void typesTogetherStayInOneSegmentAndRunInTheirDeclaredOrder() {
        // Items and resolutions commute: A's second item need not wait behind A's first resolution.
        Map<String, List<String>> together = Map.of("resolution", List.of("resolution", "item"), "item",
                List.of("resolution", "item"));
        List<BatchPlan.Segment<String>> segments = BatchPlan.of(
                List.of("meeting:A:1", "item:A:2", "resolution:A:3", "item:A:4", "meeting:B:5", "item:B:6"),
                BatchPlanTest::type, BatchPlanTest::subject, SET::contains, together);
        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).steps().stream().map(step -> step.type() + step.events()).toList())
                .containsExactly("meeting[meeting:A:1, meeting:B:5]", "resolution[resolution:A:3]",
                        "item[item:A:2, item:A:4, item:B:6]");
        // What runs after each event sees them in the order they came.
        assertThat(segments.get(0).events()).containsExactly("meeting:A:1", "item:A:2", "resolution:A:3",
                "item:A:4", "meeting:B:5", "item:B:6");
    }

    @Test
    void aSubjectGoingBackFromTypesTogetherToAnEarlierTypeStillStartsANewSegment() {
        Map<String, List<String>> together = Map.of("resolution", List.of("resolution", "item"), "item",
                List.of("resolution", "item"));
        assertThat(BatchPlan.of(List.of("meeting:A:1", "item:A:2", "meeting:A:3"), BatchPlanTest::type,
                BatchPlanTest::subject,
                SET::contains, together)).hasSize(2);
    }

    private static List<String> plan(String... events) {
        return BatchPlan.of(List.of(events), BatchPlanTest::type, BatchPlanTest::subject, SET::contains).stream()
                .flatMap(segment -> segment.steps().stream()).map(step -> step.type() + step.events()).toList();
    }

    private static String type(String event) {
        return event.split(":")[0];
    }

    private static String subject(String event) {
        return event.split(":")[1];
    }
}

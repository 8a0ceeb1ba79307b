package org.minutebook.search.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.Roles;
import org.minutebook.shared.stack.LocalStack;
import org.minutebook.shared.stack.ServiceProcess;
import org.minutebook.shared.stack.StackConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Nothing lost, nothing applied twice, each meeting's order kept, while faults are injected into a stack of its own
 * with two replicas each of actions-service and search-service in their consumer groups: the broker restarted
 * mid-import, one replica of each consumer killed (its partitions must move to the other, which applies them), every
 * replica of actions-service killed and of search-service restarted mid-stream, PostgreSQL restarted, and
 * meetings-service (with its outbox relay) killed mid-batch. A clerk keeps recording meetings throughout, retrying as
 * a person would when the service does not answer. Afterwards the set of event ids in the outbox must equal the set
 * each consumer applied, and every effect must be there exactly once.
 *
 * <p>At its default size it is part of the test run; {@code -Dfaults.rounds=10 -Dfaults.meetings=20} is the soak run
 * described in docs/FAULTS.md, {@code -Dfaults.replicas=1} the run with one process of each service.
 */
class FaultToleranceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ROUNDS = Integer.getInteger("faults.rounds", 1);
    private static final int MEETINGS_PER_FAULT = Integer.getInteger("faults.meetings", 4);
    private static final int REPLICAS = Integer.getInteger("faults.replicas", 2);
    private static final Duration READY = Duration.ofMinutes(4);

    @Test
    void shouldApplyEveryEventExactlyOnceThroughRestartsAndCrashes() throws Exception {
        Path state = Path.of("target", "e2e-faults").toAbsolutePath();
        try (LocalStack stack = LocalStack.start(StackConfig.forTests(E2eStack.PROJECT, state)
                .withConsumerReplicas(REPLICAS))) {
            ObjectNode sample = (ObjectNode) JSON.readTree(
                    Files.readString(E2eStack.PROJECT.resolve("samples/ssp-2016-06-21.json")));
            RetryingClerk clerk = new RetryingClerk(stack.url("meetings-service"),
                    stack.token(Roles.CLERK, "Fault Clerk", "Democratic Services"));
            Probe probe = new Probe(stack);
            List<String> faults = new ArrayList<>();
            LocalDate date = LocalDate.of(2000, 1, 4);
            for (int round = 1; round <= ROUNDS; round++) {
                for (Fault fault : faults()) {
                    List<String> batch = new ArrayList<>();
                    for (int i = 0; i < MEETINGS_PER_FAULT; i++, date = date.plusWeeks(1)) {
                        // A committee per fault and round: a few dozen meetings of history each, as in life.
                        batch.add(meeting(sample, "Fault Partnership " + round + "." + fault.ordinal(), date));
                    }
                    Thread recording = clerk.recordInBackground(batch);
                    clerk.awaitRecorded(MEETINGS_PER_FAULT / 2);
                    fault.inject(stack, probe);
                    recording.join(READY.toMillis() * 2);
                    faults.add(fault.description);
                }
            }
            int meetings = clerk.recorded();
            Map<String, Long> outbox = probe.outbox();
            try {
                // Catching up takes longer the more was recorded: the soak run records thousands of events.
                Duration patience = Duration.ofSeconds(Math.max(180, outbox.size() / 20));
                await().atMost(patience).pollInterval(Duration.ofSeconds(1))
                        .until(() -> probe.applied("actions").containsAll(outbox.keySet())
                                && probe.applied("search").containsAll(outbox.keySet()));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // Say what is missing where before failing below with the figures.
                probe.dumpDiagnostics(state);
                for (String service : List.of("actions", "search")) {
                    Set<String> applied = probe.applied(service);
                    System.out.printf("Not applied by %s-service: %s%n", service, probe.describe(
                            outbox.keySet().stream().filter(id -> !applied.contains(id)).limit(10).toList()));
                }
            }

            Probe.TopicCount topic = probe.topic(outbox);
            Map<String, Long> figures = new LinkedHashMap<>();
            figures.put("replicas of each consumer", (long) REPLICAS);
            figures.put("meetings", (long) meetings);
            figures.put("events", (long) outbox.size());
            figures.put("faults injected", (long) faults.size());
            figures.put("lost by actions-service", missing(outbox.keySet(), probe.applied("actions")));
            figures.put("lost by search-service", missing(outbox.keySet(), probe.applied("search")));
            figures.put("actions tracked twice", probe.count("actions", "SELECT count(*) - count(DISTINCT id) "
                    + "FROM tracked_action") + probe.count("actions",
                            "SELECT count(*) - "
                                    + "count(DISTINCT payload::jsonb #>> '{data,actionId}') FROM outbox_event "
                                    + "WHERE type = 'minutes.action.assigned'"));
            figures.put("items indexed twice", probe.count("search", "SELECT count(*) - count(DISTINCT event_id) "
                    + "FROM stream_event"));
            figures.put("effects missing", expectedEffects(sample, meetings) - probe.effects());
            figures.put("republished by the relay", topic.records() - topic.distinct());
            figures.put("order violations", topic.orderViolations());
            figures.put("dead-lettered", probe.deadLettered());
            System.out.printf("Fault run (%d round(s) x %d faults: %s): %s%n", ROUNDS, faults().size(),
                    String.join(", ", Set.copyOf(faults)), figures);

            assertEquals(0, figures.get("lost by actions-service"), "events lost by actions-service");
            assertEquals(0, figures.get("lost by search-service"), "events lost by search-service");
            assertEquals(0, figures.get("actions tracked twice"), "actions applied twice");
            assertEquals(0, figures.get("items indexed twice"), "events applied twice by search-service");
            assertEquals(0, figures.get("effects missing"), "actions, items and resolutions not all there");
            assertEquals(0, figures.get("order violations"), "a meeting's events out of outbox order");
            assertEquals(0, figures.get("dead-lettered"), "good events parked on a dead-letter topic");
        }
    }

    /** The faults of one round, each injected while the clerk is recording. */
    private enum Fault {
        BROKER("broker restarted mid-import") {
            @Override
            void inject(LocalStack stack, Probe probe) {
                stack.kafka().stop();
                probe.awaitReadiness("meetings-service", 503);
                pause(Duration.ofSeconds(3));
                stack.kafka().restart();
                probe.awaitReadiness("meetings-service", 200);
            }
        },
        REPLICA("a replica of each consumer killed, its partitions taken over by the other") {
            @Override
            void inject(LocalStack stack, Probe probe) throws Exception {
                ServiceProcess actions = last(stack.replicas("actions-service"));
                ServiceProcess search = last(stack.replicas("search-service"));
                actions.kill();
                search.kill();
                // Once the broker gives up on the dead members (their session times out), the others hold every
                // partition and apply what was recorded so far, the dead replicas' share too.
                await().atMost(READY).pollInterval(Duration.ofSeconds(1)).until(() -> probe.assignment(
                        "actions-service", "minutes.meetings").size() == REPLICAS - 1
                        && probe.assignment("search-service", "minutes.meetings").size() == REPLICAS - 1);
                Set<String> recorded = probe.outbox().keySet();
                await().atMost(READY).pollInterval(Duration.ofSeconds(1)).until(
                        () -> probe.applied("actions").containsAll(recorded)
                                && probe.applied("search").containsAll(recorded));
                actions.restart(READY);
                search.restart(READY);
            }

            @Override
            boolean applies() {
                return REPLICAS > 1;
            }
        },
        CONSUMERS("every replica of actions-service killed, of search-service restarted mid-stream") {
            @Override
            void inject(LocalStack stack, Probe probe) {
                stack.replicas("actions-service").forEach(ServiceProcess::kill);
                stack.replicas("search-service").forEach(ServiceProcess::stop);
                pause(Duration.ofSeconds(2));
                stack.replicas("actions-service").forEach(s -> s.restart(READY));
                stack.replicas("search-service").forEach(s -> s.restart(READY));
            }
        },
        DATABASE("PostgreSQL restarted") {
            @Override
            void inject(LocalStack stack, Probe probe) {
                stack.postgres().stop();
                probe.awaitReadiness("meetings-service", 503);
                probe.awaitLiveness("meetings-service", 200);
                pause(Duration.ofSeconds(3));
                stack.postgres().start();
                probe.awaitReadiness("meetings-service", 200);
            }
        },
        RELAY("meetings-service killed mid-batch") {
            @Override
            void inject(LocalStack stack, Probe probe) {
                stack.service("meetings-service").kill();
                stack.service("meetings-service").restart(READY);
            }
        };

        final String description;

        Fault(String description) {
            this.description = description;
        }

        abstract void inject(LocalStack stack, Probe probe) throws Exception;

        boolean applies() {
            return true;
        }
    }

    private static List<Fault> faults() {
        return java.util.Arrays.stream(Fault.values()).filter(Fault::applies).toList();
    }

    private static ServiceProcess last(List<ServiceProcess> replicas) {
        return replicas.get(replicas.size() - 1);
    }

    static String meeting(ObjectNode sample, String committee, LocalDate date) {
        ObjectNode meeting = sample.deepCopy();
        meeting.put("committee", committee).put("date", date.toString());
        return meeting.toString();
    }

    /** Per meeting: a tracked action per action (actions-service), an item and a resolution row each (search). */
    private static long expectedEffects(ObjectNode sample, int meetings) {
        long perMeeting = 0;
        for (var item : sample.withArray("items")) {
            perMeeting += item.withArray("actions").size() + 1 + item.withArray("resolutions").size();
        }
        return perMeeting * meetings;
    }

    private static long missing(Set<String> expected, Set<String> applied) {
        return expected.stream().filter(id -> !applied.contains(id)).count();
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

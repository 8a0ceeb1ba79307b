package org.minutebook.actions.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.shared.contracts.EventContract;

/**
 * The contract example events (the examples of the AsyncAPI document), with every UUID in them replaced by a fresh one, the same replacement across the files
 * of one instance, so that each test has its own meeting, items, actions and event ids.
 */
final class ContractEvents {

    static final String MEETING_ID = "0b6f3c2a-1d4e-4f5a-8b9c-7d6e5f4a3b2c";
    static final String ITEM_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    static final String ACTION_ID = "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a";
    static final String DEFERRED_ITEM_ID = "3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b";

    static final String MEETING_RECORDED = "/contracts/minutes.meetings/meeting.recorded.json";
    static final String ITEM_RECORDED = "/contracts/minutes.meetings/item.recorded.json";
    static final String ITEM_DEFERRED_RECORDED = "/contracts/minutes.meetings/item.recorded.deferred.json";
    static final String MEETING_SUPERSEDED = "/contracts/minutes.meetings/meeting.superseded.json";
    static final String MEETING_PUBLISHED = "/contracts/minutes.meetings/meeting.published.json";

    private static final Pattern UUID_PATTERN = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private final Map<String, String> ids = new HashMap<>();

    /** Another set of fresh ids that keeps the given contract ids as this one replaced them (e.g. the meeting). */
    ContractEvents sharing(String... contractIds) {
        ContractEvents other = new ContractEvents();
        for (String id : contractIds) {
            other.ids.put(id, id(id));
        }
        return other;
    }

    String load(String resource) {
        Matcher m = UUID_PATTERN.matcher(read(resource));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, id(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The fresh id standing for an id of the contract files. */
    String id(String contractId) {
        return ids.computeIfAbsent(contractId, k -> UUID.randomUUID().toString());
    }

    /** A contract example, named as the file it once was: "/contracts/minutes.meetings/item.recorded.json". */
    static String read(String resource) {
        String[] parts = resource.replaceFirst("^/contracts/", "").replaceFirst("\\.json$", "").split("/", 2);
        return EventContract.load().example(parts[0], parts[1]).payload().toString();
    }
}

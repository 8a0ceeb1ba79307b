package org.minutebook.messaging;

import java.util.Set;

/**
 * The CloudEvent {@code type} of every event, past tense. Each event's schema and example are in the AsyncAPI
 * document ({@code asyncapi.yaml} in shared); a consumer reads only the fields it needs of each.
 */
public final class EventTypes {

    // minutes.meetings, from meetings-service
    public static final String MEETING_RECORDED = "minutes.meeting.recorded";
    public static final String ITEM_RECORDED = "minutes.item.recorded";
    public static final String RESOLUTION_RECORDED = "minutes.resolution.recorded";
    public static final String MEETING_SUPERSEDED = "minutes.meeting.superseded";
    public static final String MEETING_PUBLISHED = "minutes.meeting.published";
    public static final String MINUTES_APPROVED = "minutes.minutes.approved";

    // minutes.actions, from actions-service
    public static final String ACTION_ASSIGNED = "minutes.action.assigned";
    public static final String ACTION_UPDATED = "minutes.action.updated";
    public static final String ACTION_COMPLETED = "minutes.action.completed";
    public static final String ITEM_DEFERRED = "minutes.item.deferred";
    public static final String DEFERRAL_RESOLVED = "minutes.deferral.resolved";
    public static final String DEFERRAL_CARRIED_FORWARD = "minutes.deferral.carried-forward";

    /** Every type above: what a subscriber may ask for (search-service's webhooks). */
    public static final Set<String> ALL = Set.of(MEETING_RECORDED, ITEM_RECORDED, RESOLUTION_RECORDED,
            MEETING_SUPERSEDED, MEETING_PUBLISHED, MINUTES_APPROVED, ACTION_ASSIGNED, ACTION_UPDATED, ACTION_COMPLETED,
            ITEM_DEFERRED, DEFERRAL_RESOLVED, DEFERRAL_CARRIED_FORWARD);

    private EventTypes() {
    }
}

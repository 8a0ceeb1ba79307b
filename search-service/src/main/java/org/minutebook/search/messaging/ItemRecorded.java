package org.minutebook.search.messaging;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@code minutes.item.recorded}: the fields search keeps (actions arrive on minutes.actions). Of the actions,
 * only their ids: a restricted item's actions leave the stream log by them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemRecorded(UUID meetingId, String committee, LocalDate date, UUID itemId, int position,
        String number, String minuteReference, String title, boolean restricted, String text,
        List<ActionRef> actions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActionRef(UUID actionId) {
    }

    public ItemRecorded {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        actions = actions == null
                ? List.of()
                : actions.stream().filter(a -> a != null && a.actionId() != null)
                        .toList();
    }

    public List<UUID> actionIds() {
        return actions.stream().map(ActionRef::actionId).toList();
    }
}

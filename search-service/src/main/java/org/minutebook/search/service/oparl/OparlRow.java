package org.minutebook.search.service.oparl;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One object of an OParl list as the read models give it: its key (a committee's name, a person's or item's id, a
 * membership's person and committee), the meeting it belongs to, its event times and whether it was superseded.
 */
public record OparlRow(String key, UUID meetingId, String name, LocalDate date, boolean deleted, Instant created,
        Instant modified) {
}

package org.minutebook.search.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.minutebook.search.domain.Meeting;

/** A meeting as search knows it, with attendance and each item's decisions and follow-up. Text of restricted
 * items (discussion, resolutions, action descriptions, deferral notes) is already withheld here. */
public record MeetingRecord(Meeting meeting, List<Attendee> attendance, List<ItemRecord> items) {

    public record Attendee(UUID personId, String kind, String name, String honorific, String organisation,
            String role) {
    }

    public record ItemRecord(UUID id, int position, String number, String minuteReference, String title,
            boolean restricted, String text,
            List<ResolutionRecord> resolutions, int openActions, List<ActionRecord> actions,
            DeferralRecord deferral) {
    }

    public record ResolutionRecord(UUID id, int position, String outcome, String text) {
    }

    public record ActionRecord(UUID id, String status, String description) {
    }

    public record DeferralRecord(UUID id, String status, String until, LocalDate untilDate, String note,
            int timesCarriedForward) {
    }
}

package org.minutebook.search.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The meeting as search knows it: attendance, items with their resolutions, and the follow-up minutes.actions has
 * reported. A restricted item shows its number and title; its text fields are null.
 */
public record MeetingSummaryView(UUID id, String committee, LocalDate date,
        @JsonFormat(pattern = "HH:mm") LocalTime startTime, String location, String status,
        AttendanceView attendance, List<ItemSummaryView> items) {

    public record AttendanceView(List<AttendeeView> present, List<AttendeeView> officers,
            List<AttendeeView> inAttendance, List<AttendeeView> apologies) {
    }

    public record AttendeeView(UUID personId, String name, String honorific, String organisation, String role) {
    }

    public record ItemSummaryView(UUID id, int position, String number, String minuteReference, String title,
            boolean restricted,
            String text, List<ResolutionSummaryView> resolutions, int openActions, List<ActionStatusView> actions,
            DeferralStatusView deferral) {
    }

    public record ResolutionSummaryView(UUID id, int position, String outcome, String text) {
    }

    public record ActionStatusView(UUID id, String status, String description) {
    }

    public record DeferralStatusView(UUID id, String status, String until, LocalDate untilDate, String note,
            int timesCarriedForward) {
    }
}

package org.minutebook.search.service;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.minutebook.shared.problem.ProblemException;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/** A committee's meetings as an iCalendar feed that calendar apps subscribe to. */
@ApplicationScoped
public class MeetingCalendar {

    public static final String PRODUCT = "-//Minutebook//Minutes//EN";

    /** Minutes give a wall-clock start time; it is the councils' local time, not the server's. */
    private static final ZoneId COUNCIL = ZoneId.of("Europe/London");

    private record MeetingRow(UUID id, LocalDate date, LocalTime startTime, String location, Instant modifiedAt) {
    }

    private record AgendaLine(String number, String title) {
    }

    private final EntityManager em;
    private final VTimeZone councilZone;

    public MeetingCalendar(EntityManager em) {
        this.em = em;
        this.councilZone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(COUNCIL.getId())
                .getVTimeZone();
    }

    /** The calendar text; a committee no meeting is known of does not exist here. */
    public String of(String committee, URI baseUri) {
        List<MeetingRow> meetings = meetings(committee);
        if (meetings.isEmpty()) {
            throw ProblemException.notFound("Committee", committee);
        }
        Map<UUID, List<AgendaLine>> agendas = agendas(committee);
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(new XProperty("X-WR-CALNAME", committee));
        if (meetings.stream().anyMatch(meeting -> meeting.startTime() != null)) {
            // Every TZID used must be defined in the calendar itself.
            calendar.add(councilZone);
        }
        for (MeetingRow meeting : meetings) {
            calendar.add(event(committee, meeting, agendas.getOrDefault(meeting.id(), List.of()), baseUri));
        }
        return write(calendar);
    }

    private static VEvent event(String committee, MeetingRow meeting, List<AgendaLine> agenda, URI baseUri) {
        // Without a start time the meeting is an all-day event on its date, not midnight.
        Temporal start = meeting.startTime() == null
                ? meeting.date()
                : meeting.date().atTime(meeting.startTime()).atZone(COUNCIL);
        URI summary = baseUri.resolve("api/meetings/" + meeting.id() + "/summary");
        // No METHOD in a published feed: DTSTAMP is then the time the event last changed, which keeps the feed
        // byte-identical (and its ETag valid) until the meeting or its agenda changes.
        VEvent event = new VEvent(false)
                .add(new Uid(meeting.id() + "@minutebook"))
                .add(new DtStamp(meeting.modifiedAt()))
                .add(new LastModified(meeting.modifiedAt()))
                .add(new DtStart<>(start))
                .add(new Summary(committee + " meeting"))
                .add(new Description(description(agenda, summary)))
                .add(new Url(summary));
        if (meeting.location() != null && !meeting.location().isBlank()) {
            event.add(new Location(meeting.location()));
        }
        return event;
    }

    /** Numbers and titles only: a restricted item's title is public, its text is not, and none is read here. */
    private static String description(List<AgendaLine> agenda, URI summary) {
        String items = agenda.isEmpty()
                ? "No agenda items recorded yet."
                : agenda.stream().map(line -> line.number() + " " + line.title())
                        .collect(Collectors.joining("\n", "Agenda:\n", ""));
        return items + "\n\nMinutes: " + summary;
    }

    @SuppressWarnings("unchecked")
    private List<MeetingRow> meetings(String committee) {
        // The event changes when its agenda does, so its stamp is the newer of the meeting's and its items'.
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(m.id AS text), m.date, m.start_time, m.location,
                    greatest(m.modified_at, max(i.modified_at))
                FROM published_meeting m LEFT JOIN published_item i ON i.meeting_id = m.id
                WHERE m.committee = :committee
                GROUP BY m.id, m.date, m.start_time, m.location, m.modified_at
                ORDER BY m.date, m.start_time NULLS FIRST, m.id""")
                .setParameter("committee", committee)
                .getResultList();
        return rows.stream()
                .map(row -> new MeetingRow(UUID.fromString((String) row[0]), DecisionRegister.toDate(row[1]),
                        toTime(row[2]), (String) row[3], DecisionRegister.toInstant(row[4])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, List<AgendaLine>> agendas(String committee) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(i.meeting_id AS text), i.number, i.title
                FROM published_item i JOIN published_meeting m ON m.id = i.meeting_id
                WHERE m.committee = :committee ORDER BY i.meeting_id, i.position, i.id""")
                .setParameter("committee", committee)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> UUID.fromString((String) row[0]),
                Collectors.mapping(row -> new AgendaLine((String) row[1], (String) row[2]), Collectors.toList())));
    }

    private static LocalTime toTime(Object value) {
        return value instanceof java.sql.Time time ? time.toLocalTime() : (LocalTime) value;
    }

    private static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Unvalidated output cannot fail validation", e);
        }
        return out.toString();
    }
}

package org.minutebook.search.rest.oparl;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.minutebook.search.domain.Meeting;
import org.minutebook.search.service.MeetingRecord;
import org.minutebook.search.service.MeetingRecord.ItemRecord;
import org.minutebook.search.service.MeetingRecord.ResolutionRecord;
import org.minutebook.search.service.oparl.OparlKeys;
import org.minutebook.search.service.oparl.OparlRow;

/**
 * The one place where read-model rows become OParl 1.1 objects. Meetings and their items are drawn from the public
 * meeting view's record, which has already withheld a restricted item's text and actions; here a restricted item also
 * loses its resolutions (no result, no resolution text, no Paper or Consultation), so that not even their number shows.
 */
final class OparlObjects {

    private final OparlUrls urls;
    private final ZoneId zone;

    OparlObjects(OparlUrls urls, ZoneId zone) {
        this.urls = urls;
        this.zone = zone;
    }

    OparlUrls urls() {
        return urls;
    }

    Map<String, Object> organization(OparlRow row) {
        Map<String, Object> o = head(urls.organization(OparlKeys.organization(row.key())), "Organization");
        o.put("body", urls.body());
        o.put("name", row.name());
        o.put("organizationType", "Gremium");
        o.put("classification", "Committee");
        return times(o, row);
    }

    Map<String, Object> person(OparlRow row, List<OparlRow> memberships) {
        UUID id = UUID.fromString(row.key());
        Map<String, Object> o = head(urls.person(id), "Person");
        o.put("body", urls.body());
        o.put("name", row.name());
        o.put("membership", memberships.stream().map(m -> membership(id, m, true)).toList());
        return times(o, row);
    }

    /** Embedded in its Person, a Membership leaves out the reference back to it, as the spec has it (3.0). */
    Map<String, Object> membership(UUID person, OparlRow row, boolean embedded) {
        Map<String, Object> o = head(urls.membership(person, OparlKeys.organization(row.name())), "Membership");
        if (!embedded) {
            o.put("person", urls.person(person));
        }
        o.put("organization", urls.organization(OparlKeys.organization(row.name())));
        o.put("startDate", row.date().toString());
        return times(o, row);
    }

    /** @param items the times of the meeting's items, by id */
    Map<String, Object> meeting(MeetingRecord record, OparlRow row, Map<UUID, OparlRow> items) {
        Meeting meeting = record.meeting();
        Map<String, Object> o = head(urls.meeting(meeting.id), "Meeting");
        o.put("name", meeting.committee + ", " + meeting.date);
        o.put("meetingState", "APPROVED".equals(meeting.status) ? "minutes approved" : "minutes published");
        o.put("cancelled", false);
        LocalTime start = meeting.startTime == null ? LocalTime.MIDNIGHT : meeting.startTime;
        // With its seconds, as RFC 3339 wants (OffsetDateTime.toString leaves out ":00").
        o.put("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meeting.date.atTime(start).atZone(zone)));
        o.put("organization", List.of(urls.organization(OparlKeys.organization(meeting.committee))));
        o.put("participant", record.attendance().stream()
                .filter(a -> "PRESENT".equals(a.kind()) && a.personId() != null)
                .map(a -> urls.person(a.personId())).distinct().toList());
        List<Map<String, Object>> agenda = new ArrayList<>();
        for (ItemRecord item : record.items()) {
            OparlRow times = items.get(item.id());
            if (times != null) {
                agenda.add(agendaItem(meeting, item, times, true));
            }
        }
        o.put("agendaItem", agenda);
        return times(o, row);
    }

    Map<String, Object> agendaItem(Meeting meeting, ItemRecord item, OparlRow row, boolean embedded) {
        Map<String, Object> o = head(urls.agendaItem(item.id()), "AgendaItem");
        if (!embedded) {
            o.put("meeting", urls.meeting(meeting.id));
        }
        o.put("number", item.number());
        o.put("order", item.position());
        o.put("name", item.title());
        o.put("public", !item.restricted());
        if (decided(item)) {
            o.put("consultation", urls.consultation(item.id()));
            o.put("result", item.resolutions().stream().map(ResolutionRecord::outcome).distinct()
                    .collect(Collectors.joining(", ")));
            o.put("resolutionText", item.resolutions().stream().map(ResolutionRecord::text)
                    .collect(Collectors.joining("\n")));
        }
        return times(o, row);
    }

    Map<String, Object> paper(Meeting meeting, ItemRecord item, OparlRow row) {
        Map<String, Object> o = head(urls.paper(item.id()), "Paper");
        o.put("body", urls.body());
        o.put("name", item.title());
        o.put("reference", meeting.committee + " " + meeting.date + " item " + item.number());
        o.put("date", meeting.date.toString());
        o.put("paperType", "Agenda item");
        o.put("consultation", List.of(consultation(meeting, item, row, true)));
        return times(o, row);
    }

    Map<String, Object> consultation(Meeting meeting, ItemRecord item, OparlRow row, boolean embedded) {
        Map<String, Object> o = head(urls.consultation(item.id()), "Consultation");
        if (!embedded) {
            o.put("paper", urls.paper(item.id()));
        }
        o.put("agendaItem", urls.agendaItem(item.id()));
        o.put("meeting", urls.meeting(meeting.id));
        o.put("organization", List.of(urls.organization(OparlKeys.organization(meeting.committee))));
        o.put("authoritative", true);
        o.put("role", "decision");
        return times(o, row);
    }

    /** A superseded object keeps its URL: only its id, type, times and {@code deleted}. */
    Map<String, Object> deleted(String id, String type, OparlRow row) {
        Map<String, Object> o = head(id, type);
        times(o, row);
        o.put("deleted", true);
        return o;
    }

    /** Whether the item has a Paper and a Consultation: it was decided, and in public. */
    static boolean decided(ItemRecord item) {
        return !item.restricted() && !item.resolutions().isEmpty();
    }

    static Map<String, Object> head(String id, String type) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", id);
        o.put("type", OparlUrls.type(type));
        return o;
    }

    static Map<String, Object> times(Map<String, Object> o, OparlRow row) {
        return times(o, row.created(), row.modified());
    }

    static Map<String, Object> times(Map<String, Object> o, Instant created, Instant modified) {
        o.put("created", created.toString());
        o.put("modified", modified.toString());
        return o;
    }
}

package org.minutebook.search.rest.oparl;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.minutebook.search.service.MeetingRecord;
import org.minutebook.search.service.MeetingRecord.ItemRecord;
import org.minutebook.search.service.MeetingSummaries;
import org.minutebook.search.service.Page;
import org.minutebook.search.service.oparl.OparlKeys;
import org.minutebook.search.service.oparl.OparlKind;
import org.minutebook.search.service.oparl.OparlReads;
import org.minutebook.search.service.oparl.OparlRow;
import org.minutebook.search.service.oparl.OparlWindow;
import org.minutebook.shared.problem.ProblemException;

/** Turns the OParl rows into objects and lists; items come from the public meeting record, one per meeting asked. */
@ApplicationScoped
public class OparlCatalogue {

    static final String ROOT = "/oparl/v1.1";

    private final OparlReads reads;
    private final MeetingSummaries summaries;
    private final String bodyName;
    private final String bodyKey;
    private final ZoneId zone;

    public OparlCatalogue(OparlReads reads, MeetingSummaries summaries,
            @ConfigProperty(name = "minutebook.oparl.body-name") String bodyName,
            @ConfigProperty(name = "minutebook.oparl.body-key") String bodyKey,
            @ConfigProperty(name = "minutebook.oparl.time-zone") ZoneId zone) {
        this.reads = reads;
        this.summaries = summaries;
        this.bodyName = bodyName;
        this.bodyKey = bodyKey;
        this.zone = zone;
    }

    OparlUrls urls(UriInfo uri) {
        String base = uri.getBaseUri().toString();
        return new OparlUrls((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + ROOT, bodyKey);
    }

    Map<String, Object> system(UriInfo uri) {
        OparlUrls urls = urls(uri);
        Map<String, Object> o = OparlObjects.head(urls.system(), "System");
        o.put("oparlVersion", OparlUrls.VERSION);
        o.put("name", "Minutebook");
        o.put("body", urls.bodies());
        return spanned(o);
    }

    Map<String, Object> body(UriInfo uri, String key) {
        if (!bodyKey.equals(key)) {
            throw ProblemException.notFound("Body", key);
        }
        OparlUrls urls = urls(uri);
        Map<String, Object> o = OparlObjects.head(urls.body(), "Body");
        o.put("system", urls.system());
        o.put("name", bodyName);
        for (String list : List.of("organization", "person", "meeting", "paper", "agendaItem", "consultation",
                "membership", "file", "locationList", "legislativeTermList")) {
            o.put(list, urls.list(list));
        }
        o.put("legislativeTerm", List.of());
        return spanned(o);
    }

    Map<String, Object> list(UriInfo uri, String key, String list, OparlParams params) {
        body(uri, key);
        OparlWindow window = params.window();
        OparlObjects objects = new OparlObjects(urls(uri), zone);
        OparlKind kind = switch (list) {
            case "organization" -> OparlKind.ORGANIZATION;
            case "person" -> OparlKind.PERSON;
            case "membership" -> OparlKind.MEMBERSHIP;
            case "meeting" -> OparlKind.MEETING;
            case "agendaItem" -> OparlKind.AGENDA_ITEM;
            case "paper", "consultation" -> OparlKind.PAPER;
            // No source document, place or legislative term reaches search in an event: these lists are empty.
            case "file", "locationList", "legislativeTermList" -> null;
            default -> throw ProblemException.notFound("OParl list", list);
        };
        if (kind == null) {
            return OparlPages.of(List.of(), 0, params.page, params.elementsPerPage, uri);
        }
        Page<OparlRow> page = reads.page(kind, window, params.page, params.elementsPerPage);
        Map<UUID, MeetingRecord> meetings = new HashMap<>();
        List<Map<String, Object>> data = page.results().stream()
                .map(row -> object(objects, kind, list, row, meetings)).toList();
        return OparlPages.of(data, page.total(), params.page, params.elementsPerPage, uri);
    }

    /** One object of a list's kind by its key; a 404 when the public may not see it. */
    Map<String, Object> object(UriInfo uri, String list, OparlKind kind, String key) {
        OparlRow row = reads.one(kind, key).orElseThrow(() -> ProblemException.notFound(list, key));
        return object(new OparlObjects(urls(uri), zone), kind, list, row, new HashMap<>());
    }

    Map<String, Object> organization(UriInfo uri, UUID id) {
        OparlRow row = reads.committees().stream()
                .filter(r -> OparlKeys.organization(r.key()).equals(id))
                .findFirst().orElseThrow(() -> ProblemException.notFound("Organization", id));
        return new OparlObjects(urls(uri), zone).organization(row);
    }

    Map<String, Object> membership(UriInfo uri, UUID person, UUID organization) {
        return reads.byKey(OparlKind.MEMBERSHIP, person.toString()).stream()
                .filter(r -> OparlKeys.organization(r.name()).equals(organization))
                .findFirst().map(r -> new OparlObjects(urls(uri), zone).membership(person, r, false))
                .orElseThrow(() -> ProblemException.notFound("Membership", person + "/" + organization));
    }

    private Map<String, Object> object(OparlObjects objects, OparlKind kind, String list, OparlRow row,
            Map<UUID, MeetingRecord> meetings) {
        return switch (kind) {
            case ORGANIZATION -> objects.organization(row);
            case PERSON -> objects.person(row, reads.byKey(OparlKind.MEMBERSHIP, row.key()));
            case MEMBERSHIP -> objects.membership(UUID.fromString(row.key().substring(0, 36)), row, false);
            case MEETING -> objects.meeting(meeting(row.meetingId(), meetings), row, reads.itemsOf(row.meetingId()));
            case AGENDA_ITEM, PAPER -> item(objects, list, row, meetings);
        };
    }

    private Map<String, Object> item(OparlObjects objects, String list, OparlRow row,
            Map<UUID, MeetingRecord> meetings) {
        UUID id = UUID.fromString(row.key());
        if (row.deleted()) {
            OparlUrls urls = objects.urls();
            return switch (list) {
                case "paper" -> objects.deleted(urls.paper(id), "Paper", row);
                case "consultation" -> objects.deleted(urls.consultation(id), "Consultation", row);
                default -> objects.deleted(urls.agendaItem(id), "AgendaItem", row);
            };
        }
        MeetingRecord record = meeting(row.meetingId(), meetings);
        ItemRecord item = record.items().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(list, id));
        return switch (list) {
            case "paper" -> objects.paper(record.meeting(), item, row);
            case "consultation" -> objects.consultation(record.meeting(), item, row, false);
            default -> objects.agendaItem(record.meeting(), item, row, false);
        };
    }

    private MeetingRecord meeting(UUID id, Map<UUID, MeetingRecord> meetings) {
        return meetings.computeIfAbsent(id, summaries::find);
    }

    /** The System and the Body were created with the first public record and change with every later one. */
    private Map<String, Object> spanned(Map<String, Object> o) {
        OparlObjects.times(o, reads.span());
        return new LinkedHashMap<>(o);
    }
}

package org.minutebook.actions.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.ActionChange;
import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.Meeting;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.Person;
import org.minutebook.actions.domain.RegisterView;
import org.minutebook.actions.domain.TrackedAction;

/** Reads for the REST API, in one stable order: newest meeting first, then agenda order, then id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionQueries {

    private static final String PUBLIC_MEETINGS = "select m.id from Meeting m where m.status <> 'DRAFT'";
    private static final String DEFERRAL_ORDER = " order by d.meetingDate desc, d.itemPosition, d.id";
    private static final String ORDER = " order by a.meetingDate desc, a.itemPosition, a.actionPosition, a.id";
    /** The public sees what a meeting gave rise to once the meeting is published, and never a restricted item's. */
    private static final String PUBLIC_ACTION = "a.restricted = false and a.meetingId in (" + PUBLIC_MEETINGS + ")";
    private static final String HAS_PUBLIC_ACTION = "exists (select 1 from TrackedAction a join a.assignees s "
            + "where s.personId = p.id and " + PUBLIC_ACTION + ")";

    /** {@code totalIsExact}: false when more match than {@link CappedCount#CAP}, the total given */
    public record Page<T>(long total, boolean totalIsExact, List<T> results) {

        Page(CappedCount.Total total, List<T> results) {
            this(total.value(), total.exact(), results);
        }
    }

    /**
     * Every field null means "any". {@code assignee}: a person id, or a name matched case-, spacing- and
     * honorific-insensitively anywhere in the assignee's name. {@code overdue}: open or in progress, due before today.
     * {@code publicOnly}: leave out the actions of restricted items and draft meetings (the caller is not an officer
     * or clerk).
     */
    public record ActionFilter(ActionStatus status, String assignee, String organisation, String committee,
            boolean overdue, LocalDate dueBefore, UUID personId, LocalDate today, boolean publicOnly, UUID meetingId) {

        public ActionFilter(ActionStatus status, String assignee, String organisation, String committee,
                boolean overdue, LocalDate dueBefore, UUID personId, LocalDate today, boolean publicOnly) {
            this(status, assignee, organisation, committee, overdue, dueBefore, personId, today, publicOnly, null);
        }
    }

    private final ActionChanges changes;
    private final EntityManager em;

    public ActionQueries(ActionChanges changes, EntityManager em) {
        this.changes = changes;
        this.em = em;
    }

    public Page<TrackedAction> actions(ActionFilter filter, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.status() != null) {
            where.add("a.status = :status");
            params.put("status", filter.status());
        }
        if (filter.personId() != null) {
            where.add(assigneeMatches("p.id = :personId"));
            params.put("personId", filter.personId());
        }
        if (filter.assignee() != null) {
            UUID asId = uuidOrNull(filter.assignee());
            if (asId != null) {
                where.add(assigneeMatches("p.id = :assigneeId"));
                params.put("assigneeId", asId);
            } else {
                where.add(assigneeMatches("p.nameKey like :assigneeKey"));
                params.put("assigneeKey", "%" + PersonKeys.nameKey(filter.assignee()) + "%");
            }
        }
        if (filter.organisation() != null) {
            where.add(assigneeMatches("p.orgKey like :orgKey"));
            params.put("orgKey", "%" + PersonKeys.organisationKey(filter.organisation()) + "%");
        }
        if (filter.committee() != null) {
            where.add("lower(a.committee) = lower(:committee)");
            params.put("committee", filter.committee().trim());
        }
        // The public's due dates count published meetings only.
        String due = filter.publicOnly() ? "a.publicDueDate" : "a.dueDate";
        if (filter.overdue()) {
            where.add("a.status in (:live) and " + due + " < :today");
            params.put("live", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS));
            params.put("today", filter.today());
        }
        if (filter.dueBefore() != null) {
            where.add(due + " < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.meetingId() != null) {
            where.add("a.meetingId = :meetingId");
            params.put("meetingId", filter.meetingId());
        }
        if (filter.publicOnly()) {
            where.add(PUBLIC_ACTION);
        }
        String from = "from TrackedAction a" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        // The page's ids first, from indexes alone (tracked_action_id_listing covers the filters and the order),
        // then its rows: an assignee with thousands of actions has only the page's rows read in full.
        TypedQuery<UUID> ids = em.createQuery("select a.id " + from + ORDER, UUID.class);
        params.forEach(ids::setParameter);
        List<UUID> pageIds = ids.setFirstResult(page * size).setMaxResults(size).getResultList();
        List<TrackedAction> results = pageIds.isEmpty()
                ? List.of()
                : em.createQuery("select a from TrackedAction a where a.id in :ids" + ORDER, TrackedAction.class)
                        .setParameter("ids", pageIds).getResultList();
        return new Page<>(CappedCount.of(em, from, params), results);
    }

    /** Through the person table, so that names and organisations compare by their normalised keys. */
    private static String assigneeMatches(String condition) {
        return "exists (select 1 from a.assignees s join Person p on p.id = s.personId where " + condition + ")";
    }

    public Optional<TrackedAction> action(UUID id) {
        return TrackedAction.findByIdOptional(id);
    }

    /** Lets go of an action read before a change, so that reading it again shows the change. */
    public void forget(TrackedAction action) {
        em.detach(action);
    }

    public List<ActionChange> history(TrackedAction action) {
        return changes.history(action);
    }

    /**
     * @param status null for every status; @param committee null for every committee, else any case; @param
     *        publicOnly leave out the deferrals of draft meetings
     */
    public Page<Deferral> deferrals(DeferralStatus status, String committee, boolean publicOnly, int page, int size) {
        return deferrals(status, committee, null, publicOnly, page, size);
    }

    /** @param meetingId null for every meeting, else only the deferrals that meeting made */
    public Page<Deferral> deferrals(DeferralStatus status, String committee, UUID meetingId, boolean publicOnly,
            int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (meetingId != null) {
            where.add("d.meetingId = :meetingId");
            params.put("meetingId", meetingId);
        }
        if (publicOnly) {
            where.add("d.meetingId in (" + PUBLIC_MEETINGS + ")");
        }
        if (status != null) {
            // The public's status: as published meetings alone left it.
            where.add("d." + (publicOnly ? RegisterView.PUBLIC : RegisterView.ALL).status + " = :status");
            params.put("status", status);
        }
        if (committee != null) {
            where.add("lower(d.committee) = lower(:committee)");
            params.put("committee", committee);
        }
        String from = "from Deferral d" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        TypedQuery<Deferral> list = em.createQuery("select d " + from + DEFERRAL_ORDER, Deferral.class);
        params.forEach(list::setParameter);
        List<Deferral> results = list.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(CappedCount.of(em, from, params), results);
    }

    public Optional<Deferral> deferral(UUID id) {
        return Deferral.findByIdOptional(id);
    }

    /** True once the meeting is published; false for a draft or a meeting not (yet) known here. */
    public boolean isPublic(UUID meetingId) {
        return meetingId != null && Meeting.<Meeting>findByIdOptional(meetingId).map(Meeting::isPublic).orElse(false);
    }

    /**
     * People whose name contains the query (normalised), by name; no query: everyone. {@code publicOnly}: only those
     * with an action of an item that is not restricted, so that no one is known to the public through a restricted
     * item alone.
     */
    public Page<Person> people(String q, boolean publicOnly, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("p.nameKey like :nameKey");
            params.put("nameKey", "%" + PersonKeys.nameKey(q) + "%");
        }
        if (publicOnly) {
            where.add(HAS_PUBLIC_ACTION);
        }
        String from = "from Person p" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        TypedQuery<Person> list = em.createQuery("select p " + from + " order by p.nameKey, p.orgKey", Person.class);
        params.forEach(list::setParameter);
        List<Person> results = list.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(CappedCount.of(em, from, params), results);
    }

    /** @param publicOnly as for {@link #people}: someone known only through restricted items is not found */
    public Optional<Person> person(UUID id, boolean publicOnly) {
        if (!publicOnly) {
            return Person.findByIdOptional(id);
        }
        return em.createQuery("select p from Person p where p.id = :id and " + HAS_PUBLIC_ACTION, Person.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private static UUID uuidOrNull(String text) {
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

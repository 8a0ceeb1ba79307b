package org.minutebook.actions.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.minutebook.actions.domain.ActionStatus;
import org.minutebook.actions.domain.Deferral;
import org.minutebook.actions.domain.DeferralStatus;
import org.minutebook.actions.domain.TrackedAction;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;

/** Reads for the REST API, in one stable order: newest meeting first, then agenda order, then id. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActionQueries {

    private static final Sort LISTING = Sort.descending("meetingDate").and("itemPosition").and("id");

    public record Page<T>(long total, List<T> results) {
    }

    /** @param status null for every status */
    public Page<TrackedAction> actions(ActionStatus status, int page, int size) {
        PanacheQuery<TrackedAction> query = status == null
                ? TrackedAction.findAll(LISTING)
                : TrackedAction.find("status", LISTING, status);
        return page(query, page, size);
    }

    public Optional<TrackedAction> action(UUID id) {
        return TrackedAction.findByIdOptional(id);
    }

    /** @param status null for every status */
    public Page<Deferral> deferrals(DeferralStatus status, int page, int size) {
        PanacheQuery<Deferral> query = status == null
                ? Deferral.findAll(LISTING)
                : Deferral.find("status", LISTING, status);
        return page(query, page, size);
    }

    public Optional<Deferral> deferral(UUID id) {
        return Deferral.findByIdOptional(id);
    }

    private static <T> Page<T> page(PanacheQuery<T> query, int page, int size) {
        return new Page<>(query.count(), query.page(page, size).list());
    }
}

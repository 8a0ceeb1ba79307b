package org.minutebook.actions.service;

import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * How many rows match, counted up to {@link #CAP} and no further: a count over a whole register visits every match
 * (hundreds of thousands at a million items) where the page itself reads fifty. Beyond the cap the total is a lower
 * bound and says so, as search engines' "more than 10,000 results" do.
 */
public final class CappedCount {

    public static final int CAP = 10_000;

    /** @param exact false when there are more than {@code value} (which is then {@link #CAP}) */
    public record Total(long value, boolean exact) {
    }

    private CappedCount() {
    }

    /**
     * @param from the HQL from the entity on, with its where clause: "from TrackedAction a where ..."
     */
    public static Total of(EntityManager em, String from, Map<String, Object> params) {
        return of(em, from, params, CAP);
    }

    /**
     * @param cap counts up to this many. The matches are read one past the cap and counted here: HQL allows a limit in
     *        a subquery only with an order, which would sort every match first.
     */
    public static Total of(EntityManager em, String from, Map<String, Object> params, int cap) {
        TypedQuery<Integer> marks = em.createQuery("select 1 " + from, Integer.class);
        params.forEach(marks::setParameter);
        long n = marks.setMaxResults(cap + 1).getResultList().size();
        return n > cap ? new Total(cap, false) : new Total(n, true);
    }
}

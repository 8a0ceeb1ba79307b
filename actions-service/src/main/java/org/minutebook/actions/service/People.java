package org.minutebook.actions.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.messaging.consumer.Columns;

/** Finds or registers the people behind names and organisations, in the caller's transaction. */
@ApplicationScoped
public class People {

    /** A name and organisation as written. */
    public record Named(String name, String organisation) {
    }

    // The first spelling seen stays the display name; concurrent consumers may race here, hence ON CONFLICT.
    private static final String INSERT = """
            INSERT INTO person (id, name, organisation, name_key, org_key)
            SELECT u.id::uuid, u.name, u.organisation, u.name_key, u.org_key
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, name, organisation, name_key, org_key)
            ON CONFLICT DO NOTHING""";

    private final EntityManager em;

    public People(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID identify(String name, String organisation) {
        return identifyAll(List.of(new Named(name, organisation))).values().iterator().next();
    }

    /** Every person of {@code people} registered in one statement; their ids, by name and organisation. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Named, UUID> identifyAll(Collection<Named> people) {
        Map<Named, UUID> ids = new LinkedHashMap<>();
        Map<UUID, PersonKeys.Key> keys = new LinkedHashMap<>();
        Columns rows = new Columns(5);
        for (Named p : people) {
            if (ids.containsKey(p)) {
                continue;
            }
            PersonKeys.Key key = PersonKeys.of(p.name(), p.organisation());
            UUID id = PersonKeys.id(key);
            ids.put(p, id);
            if (keys.putIfAbsent(id, key) == null) {
                String organisation = p.organisation() == null || p.organisation().isBlank()
                        ? null
                        : p.organisation().trim();
                rows.add(id, p.name().trim(), organisation, key.name(), key.organisation());
            }
        }
        rows.execute(em, INSERT);
        return ids;
    }
}

package org.minutebook.actions.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Finds or registers the person behind a name and organisation, in the caller's transaction. */
@ApplicationScoped
public class People {

    private final EntityManager em;

    public People(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID identify(String name, String organisation) {
        PersonKeys.Key key = PersonKeys.of(name, organisation);
        UUID id = PersonKeys.id(key);
        // The first spelling seen stays the display name; concurrent consumers may race here, hence ON CONFLICT.
        em.createNativeQuery("INSERT INTO person (id, name, organisation, name_key, org_key) "
                + "VALUES (:id, :name, :org, :nameKey, :orgKey) ON CONFLICT DO NOTHING")
                .setParameter("id", id)
                .setParameter("name", name.trim())
                .setParameter("org", organisation == null || organisation.isBlank() ? null : organisation.trim())
                .setParameter("nameKey", key.name())
                .setParameter("orgKey", key.organisation())
                .executeUpdate();
        return id;
    }
}

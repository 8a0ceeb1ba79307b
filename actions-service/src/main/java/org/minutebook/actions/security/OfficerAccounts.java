package org.minutebook.actions.security;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.shared.security.Caller;

/** The binding of identity-provider accounts to people of the register (table officer_account). */
@ApplicationScoped
public class OfficerAccounts {

    private final EntityManager em;

    public OfficerAccounts(EntityManager em) {
        this.em = em;
    }

    /**
     * The person this account is: bound to {@code claimed} (what its token's name and organisation identify) if it
     * is not bound yet and no other account is that person; otherwise whatever it was bound to first, or none when
     * another account holds {@code claimed}. Concurrent first requests race here, hence ON CONFLICT.
     */
    @Transactional
    public Optional<UUID> person(Caller.Account account, UUID claimed) {
        em.createNativeQuery("INSERT INTO officer_account (issuer, subject, person_id) VALUES (:issuer, :subject, "
                + ":person) ON CONFLICT DO NOTHING")
                .setParameter("issuer", issuer(account))
                .setParameter("subject", account.subject())
                .setParameter("person", claimed)
                .executeUpdate();
        return em.createNativeQuery("SELECT person_id FROM officer_account WHERE issuer = :issuer AND subject = "
                + ":subject", UUID.class)
                .setParameter("issuer", issuer(account))
                .setParameter("subject", account.subject())
                .getResultStream().findFirst().map(UUID.class::cast);
    }

    private static String issuer(Caller.Account account) {
        return account.issuer() == null ? "" : account.issuer();
    }
}

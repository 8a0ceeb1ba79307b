package org.minutebook.actions.messaging;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;

import org.minutebook.messaging.deadletter.DeadLetterDesk;
import org.minutebook.messaging.deadletter.DeadLetterEndpoints;
import org.minutebook.shared.security.Roles;

/**
 * This service's dead letters, at the path every consuming service gives them. Clerks only, said here too: the
 * OpenAPI document takes an operation's security from its resource class.
 */
@Path(DeadLetterEndpoints.PATH)
@RolesAllowed(Roles.CLERK)
public class DeadLetterResource extends DeadLetterEndpoints {

    public DeadLetterResource(DeadLetterDesk desk) {
        super(desk);
    }
}

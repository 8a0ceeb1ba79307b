package org.minutebook.actions.messaging;

import jakarta.ws.rs.Path;

import org.minutebook.messaging.deadletter.DeadLetterDesk;
import org.minutebook.messaging.deadletter.DeadLetterEndpoints;

/** This service's dead letters, at the path every consuming service gives them. */
@Path(DeadLetterEndpoints.PATH)
public class DeadLetterResource extends DeadLetterEndpoints {

    public DeadLetterResource(DeadLetterDesk desk) {
        super(desk);
    }
}

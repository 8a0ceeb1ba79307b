package org.minutebook.messaging.deadletter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.ProblemException;
import org.minutebook.shared.security.Roles;

/**
 * The operator's endpoints over a service's dead letters (README "Dead letters"): the list, and the replay of one or
 * all after a fix. Written once here; each consuming service mounts it with a subclass that only names the path, so
 * a service without consumers (meetings-service) has none.
 */
public abstract class DeadLetterEndpoints {

    public static final String PATH = "/api/admin/dead-letters";

    private static final String TAG = "Dead letters";
    /**
     * The bearer scheme every service's document declares. Said on each operation: the document takes its security
     * from the roles of the class that declares a method, which here is this one and not the resource.
     */
    private static final String BEARER = "SecurityScheme";

    private static final String TOPIC = "[a-z0-9._-]{1,249}";

    private final DeadLetterDesk desk;

    protected DeadLetterEndpoints(DeadLetterDesk desk) {
        this.desk = desk;
    }

    @GET
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = TAG, description = "Records a consumer could not apply, and their replay")
    @Operation(summary = "This service's dead letters", description = "Oldest first, replayed ones included "
            + "(replayed: true); open counts those not yet replayed.")
    @APIResponse(responseCode = "200", description = "A page of dead letters")
    @APIResponse(responseCode = "400", description = "A paging parameter out of range (named)")
    public DeadLetterPage list(
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,7}", message = "must be a whole number from 0 to 9999999") @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "9999999", defaultValue = "0") String page,
            @QueryParam("size") @DefaultValue("50") @Pattern(regexp = "\\d{1,3}", message = "must be a whole number from 1 to 200") @Min(1) @Max(200) @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "50") String size) {
        return desk.list(Integer.parseInt(page), Integer.parseInt(size));
    }

    @POST
    @Path("{topic}/{partition}/{offset}/replay")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = TAG, description = "Records a consumer could not apply, and their replay")
    @Operation(summary = "Apply one dead letter again", description = "Through the consumer that parked it, with its "
            + "inbox: an event applied meanwhile is not applied twice. A dead letter replayed before is left as it is.")
    @APIResponse(responseCode = "200", description = "The dead letter, now replayed")
    @APIResponse(responseCode = "404", description = "No dead letter of this service there")
    @APIResponse(responseCode = "409", description = "It failed again (the reason is given); it stays open")
    public DeadLetter replay(
            @Parameter(description = "The dead-letter topic") @PathParam("topic") @Pattern(regexp = TOPIC, message = "must be a topic name") String topic,
            @Parameter(description = "Its partition") @PathParam("partition") @Pattern(regexp = "\\d{1,5}", message = "must be a partition number") String partition,
            @Parameter(description = "The record's offset there") @PathParam("offset") @Pattern(regexp = "\\d{1,18}", message = "must be an offset") String offset) {
        try {
            return desk.replay(topic, Integer.parseInt(partition), Long.parseLong(offset));
        } catch (DeadLetterFailures.Unknown e) {
            throw new ProblemException(Problem.of(404, "Not Found", e.getMessage()));
        } catch (DeadLetterFailures.FailedAgain e) {
            // A poison record that is no envelope has no event id; a problem member is never null.
            Problem conflict = Problem.of(409, "Conflict", e.getMessage()).with("reason", e.reason());
            String eventId = e.deadLetter().eventId();
            throw new ProblemException(eventId == null ? conflict : conflict.with("eventId", eventId));
        }
    }

    @POST
    @Path("replay")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Produces(MediaType.APPLICATION_JSON)
    @Tag(name = TAG, description = "Records a consumer could not apply, and their replay")
    @Operation(summary = "Apply every open dead letter again", description = "In topic and offset order; one that "
            + "fails again stays open, is reported with its reason, and the others go on.")
    @APIResponse(responseCode = "200", description = "How many were replayed, and those that failed again")
    public ReplayRound replayAll() {
        return desk.replayAll();
    }
}

package org.minutebook.search.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.shared.security.Caller;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who the services take the caller to be: the page shows it and offers what the roles allow. The roles are the
 * services' (clerk, officer) after mapping the provider's, so the page never reads a provider's claims itself.
 */
@Path("/api/web/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Web page", description = "The officer page's settings")
public class SignedInResource {

    /** @param name for display only (the token's {@code name}, else the person or user name) */
    public record SignedIn(boolean signedIn, String name, String username, String organisation, List<String> roles) {
    }

    private final SecurityIdentity identity;
    private final Caller caller;

    public SignedInResource(SecurityIdentity identity, Caller caller) {
        this.identity = identity;
        this.caller = caller;
    }

    @GET
    @PermitAll
    @Operation(summary = "The signed-in caller's name, organisation and Minutebook roles; signedIn false for the "
            + "public")
    public SignedIn get() {
        if (identity.isAnonymous()) {
            return new SignedIn(false, null, null, null, List.of());
        }
        String display = identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null
                ? token.getClaim("name").toString()
                : caller.name().orElse(null);
        return new SignedIn(true, display, identity.getPrincipal().getName(), caller.organisation().orElse(null),
                identity.getRoles().stream().sorted().toList());
    }
}

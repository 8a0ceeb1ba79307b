package org.minutebook.search.rest;

import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the officer page (served from /officer/) finds the other two services' APIs, and how it signs in. */
@Path("/api/web/config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Web page", description = "The officer page's settings")
public class WebConfigResource {

    /** The identity provider the page signs in with (authorization code with PKCE): a public client of its own. */
    public record Oidc(String authority, String clientId, String scope) {
    }

    /**
     * @param oidc null when no identity provider is configured
     * @param tokenField whether the page offers a field to paste a bearer token: a developer's option, off in
     *        production
     */
    public record WebConfig(String meetingsUrl, String actionsUrl, Oidc oidc, boolean tokenField) {
    }

    private final WebConfig config;

    public WebConfigResource(@ConfigProperty(name = "minutebook.web.meetings-url") String meetingsUrl,
            @ConfigProperty(name = "minutebook.web.actions-url") String actionsUrl,
            @ConfigProperty(name = "minutebook.web.oidc.authority") Optional<String> authority,
            @ConfigProperty(name = "minutebook.web.oidc.client-id") String clientId,
            @ConfigProperty(name = "minutebook.web.oidc.scope") String scope,
            @ConfigProperty(name = "minutebook.web.token-field") boolean tokenField) {
        Oidc oidc = authority.filter(a -> !a.isBlank()).map(a -> new Oidc(trimSlash(a), clientId, scope)).orElse(null);
        this.config = new WebConfig(trimSlash(meetingsUrl), trimSlash(actionsUrl), oidc, tokenField);
    }

    @GET
    @PermitAll
    @Operation(summary = "Base URLs of meetings-service and actions-service, as the browser reaches them, and the "
            + "identity provider the page signs in with")
    public WebConfig get() {
        return config;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

package org.minutebook.search.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where the officer page (served from /officer/) finds the other two services' APIs. */
@Path("/api/web/config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Web page", description = "The officer page's settings")
public class WebConfigResource {

    public record WebConfig(String meetingsUrl, String actionsUrl) {
    }

    private final WebConfig config;

    public WebConfigResource(@ConfigProperty(name = "minutebook.web.meetings-url") String meetingsUrl,
            @ConfigProperty(name = "minutebook.web.actions-url") String actionsUrl) {
        this.config = new WebConfig(trimSlash(meetingsUrl), trimSlash(actionsUrl));
    }

    @GET
    @PermitAll
    @Operation(summary = "Base URLs of meetings-service and actions-service, as the browser reaches them")
    public WebConfig get() {
        return config;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

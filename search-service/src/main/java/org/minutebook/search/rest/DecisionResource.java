package org.minutebook.search.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.DecisionRegister;

@Path("/api/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions", description = "The register of every resolution")
public class DecisionResource {

    private final DecisionRegister register;

    public DecisionResource(DecisionRegister register) {
        this.register = register;
    }

    @GET
    @PermitAll
    @Operation(summary = "Decisions register", description = "Every resolution with its meeting and item, newest "
            + "meeting first. A restricted item's resolutions show its number and title but no text.")
    public PageView<DecisionView> list(@BeanParam @Valid ListParams filters,
            @Parameter(description = "Only resolutions changed after this instant (ISO-8601 with offset); "
                    + "removed ones come back as tombstones") @QueryParam("modifiedSince") OffsetDateTime modifiedSince,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return Views.decisions(register.list(filters.itemFilter(), filters.outcome,
                modifiedSince == null ? null : modifiedSince.toInstant(), page, size));
    }
}

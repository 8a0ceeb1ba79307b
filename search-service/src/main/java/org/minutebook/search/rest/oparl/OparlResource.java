package org.minutebook.search.rest.oparl;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.oparl.OparlKind;

/**
 * OParl 1.1 (https://dev.oparl.org/spezifikation/) over the public archive: the System at the root, one Body, and
 * its lists and objects. Public as every read of search-service; what a public view hides is not reachable here.
 */
@Path(OparlCatalogue.ROOT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OParl", description = "OParl 1.1: System, Body, Organization, Person, Membership, Meeting, AgendaItem, Paper, Consultation")
public class OparlResource {

    private final OparlCatalogue catalogue;

    public OparlResource(OparlCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @PermitAll
    @Operation(summary = "The OParl System: the entry point, naming the list of bodies")
    public Map<String, Object> system(@Context UriInfo uri) {
        return catalogue.system(uri);
    }

    @GET
    @PermitAll
    @Path("/body")
    @Operation(summary = "The list of bodies: the one this deployment keeps")
    public Map<String, Object> bodies(@Context UriInfo uri, @BeanParam @Valid OparlParams params) {
        params.window();
        return OparlPages.of(params.page == 1 ? List.of(catalogue.body(uri, catalogue.urls(uri).bodyKey())) : List.of(),
                1, params.page, params.elementsPerPage, uri);
    }

    @GET
    @PermitAll
    @Path("/body/{body}")
    @Operation(summary = "The Body, with the URLs of its lists")
    public Map<String, Object> body(@Context UriInfo uri, @PathParam("body") String body) {
        return catalogue.body(uri, body);
    }

    @GET
    @PermitAll
    @Path("/body/{body}/{list}")
    @Operation(summary = "A list of the Body: organization, person, membership, meeting, agendaItem, paper, consultation, file, locationList or legislativeTermList", description = "Paged (page, elementsPerPage) and filtered by created_since, created_until, modified_since, modified_until.")
    public Map<String, Object> list(@Context UriInfo uri, @PathParam("body") String body,
            @PathParam("list") String list, @BeanParam @Valid OparlParams params) {
        return catalogue.list(uri, body, list, params);
    }

    @GET
    @PermitAll
    @Path("/organization/{id}")
    @Operation(summary = "A committee as an OParl Organization")
    public Map<String, Object> organization(@Context UriInfo uri, @PathParam("id") UUID id) {
        return catalogue.organization(uri, id);
    }

    @GET
    @PermitAll
    @Path("/person/{id}")
    @Operation(summary = "A person listed at a public meeting, with their memberships")
    public Map<String, Object> person(@Context UriInfo uri, @PathParam("id") UUID id) {
        return catalogue.object(uri, "Person", OparlKind.PERSON, id.toString());
    }

    @GET
    @PermitAll
    @Path("/membership/{person}/{organization}")
    @Operation(summary = "A person's membership of a committee")
    public Map<String, Object> membership(@Context UriInfo uri, @PathParam("person") UUID person,
            @PathParam("organization") UUID organization) {
        return catalogue.membership(uri, person, organization);
    }

    @GET
    @PermitAll
    @Path("/meeting/{id}")
    @Operation(summary = "A public meeting with its agenda items")
    public Map<String, Object> meeting(@Context UriInfo uri, @PathParam("id") UUID id) {
        return catalogue.object(uri, "Meeting", OparlKind.MEETING, id.toString());
    }

    @GET
    @PermitAll
    @Path("/agendaItem/{id}")
    @Operation(summary = "An agenda item; one a correction removed answers with deleted: true")
    public Map<String, Object> agendaItem(@Context UriInfo uri, @PathParam("id") UUID id) {
        return catalogue.object(uri, "agendaItem", OparlKind.AGENDA_ITEM, id.toString());
    }

    @GET
    @PermitAll
    @Path("/paper/{id}")
    @Operation(summary = "The matter of a decided public item, with its consultation")
    public Map<String, Object> paper(@Context UriInfo uri, @PathParam("id") UUID id) {
        return catalogue.object(uri, "paper", OparlKind.PAPER, id.toString());
    }

    @GET
    @PermitAll
    @Path("/consultation/{id}")
    @Operation(summary = "A decided public item's consideration at its meeting")
    public Map<String, Object> consultation(@Context UriInfo uri, @PathParam("id") UUID id) {
        return catalogue.object(uri, "consultation", OparlKind.PAPER, id.toString());
    }
}

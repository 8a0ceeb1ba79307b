package org.minutebook.meetings.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.minutebook.meetings.importer.ParsedMinutes;
import org.minutebook.meetings.service.ArchiveImportService;
import org.minutebook.meetings.service.ImportService;
import org.minutebook.meetings.service.Storing;
import org.minutebook.shared.problem.ProblemException;
import org.minutebook.shared.security.Caller;
import org.minutebook.shared.security.Roles;

import io.smallrye.common.annotation.Blocking;

/**
 * Minutes documents (text, Markdown, HTML, PDF, DOCX) as the raw body or a multipart upload. The request size limit
 * ({@code quarkus.http.limits.max-body-size}) answers 413 above it.
 */
@Path("/api/meetings/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Turn minutes documents into meeting records")
@Blocking
public class ImportResource {

    private final ImportService importer;
    private final ArchiveImportService archives;
    private final Caller caller;

    public ImportResource(ImportService importer, ArchiveImportService archives, Caller caller) {
        this.importer = importer;
        this.archives = archives;
        this.caller = caller;
    }

    @POST
    @Path("/archive")
    @RolesAllowed(Roles.CLERK)
    @Consumes({"application/zip", "application/x-zip-compressed"})
    @Operation(summary = "Import every minutes document in a zip archive", description = "Each file is imported on "
            + "its own; the report lists what was imported, skipped as a duplicate, or failed and why")
    public ArchiveImportService.Report importArchive(InputStream zip,
            @QueryParam("committee") @Size(max = 200) String committee,
            @QueryParam("replace") @DefaultValue("false") boolean replace,
            @QueryParam("publish") @DefaultValue("false") boolean publish) throws IOException {
        return archives.importArchive(zip, committee, new Storing(replace, publish));
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, "text/markdown", MediaType.TEXT_HTML, "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword",
            MediaType.APPLICATION_OCTET_STREAM})
    @PermitAll // a dry run stores nothing and is open to all; storing is for a clerk (checked below)
    @Operation(summary = "Import one minutes document", description = "dryRun parses and returns the record "
            + "without storing or publishing (open to all); otherwise a clerk's token is needed. replace supersedes "
            + "the committee's record for that date; publish makes the record public at once (minutes already "
            + "published elsewhere), otherwise it is a draft")
    public Response importBody(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("committee") @Size(max = 200) String committee,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("replace") @DefaultValue("false") boolean replace,
            @QueryParam("publish") @DefaultValue("false") boolean publish) {
        return respond(new ImportService.Document(body, contentType, null), committee, dryRun,
                new Storing(replace, publish));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermitAll // as above
    @Operation(summary = "Import one minutes document uploaded as the form field 'file'")
    public Response importUpload(@RestForm("file") FileUpload file,
            @RestForm("committee") @Size(max = 200) String formCommittee,
            @QueryParam("committee") @Size(max = 200) String committee,
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("replace") @DefaultValue("false") boolean replace,
            @QueryParam("publish") @DefaultValue("false") boolean publish) throws IOException {
        if (file == null) {
            throw ProblemException.unprocessable("Not minutes: the form has no 'file' part");
        }
        byte[] content = Files.readAllBytes(file.uploadedFile());
        return respond(new ImportService.Document(content, file.contentType(), file.fileName()),
                committee != null ? committee : formCommittee, dryRun, new Storing(replace, publish));
    }

    private Response respond(ImportService.Document document, String committee, boolean dryRun, Storing storing) {
        if (dryRun) {
            return Response.ok(ImportedMeeting.read(importer.read(document, committee))).build();
        }
        caller.requireClerk();
        ParsedMinutes stored = importer.importDocument(document, committee, storing);
        return Response.created(URI.create("/api/meetings/" + stored.record().id()))
                .entity(ImportedMeeting.stored(stored)).build();
    }
}

package io.redress.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.service.ImportReport;
import io.redress.intake.service.Importer;
import io.redress.intake.service.InvalidInput;

/** Bulk import of past complaints: JSON Lines or CSV, line-numbered rejections, resumable. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final Importer importer;
    private final SecurityIdentity caller;

    ImportResource(Importer importer, SecurityIdentity caller) {
        this.importer = importer;
        this.caller = caller;
    }

    @POST
    @Consumes({ "application/x-ndjson", "application/jsonl", "text/csv" })
    @RolesAllowed({ Roles.INTEGRATION, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Import past complaints (one POST /complaints body per JSON line, or CSV with a header)",
            description = "Lines before fromLine are skipped; an item imported before counts as a duplicate, so re-sending a file is safe.")
    public ImportReport load(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("fromLine") @DefaultValue("1") @Min(1) int fromLine, String body) {
        if (body == null || body.isBlank()) {
            throw InvalidInput.malformed("body", "is empty");
        }
        String actor = caller.getPrincipal().getName();
        return contentType.startsWith("text/csv") ? importer.csv(body, fromLine, actor)
                : importer.jsonLines(body, fromLine, actor);
    }
}

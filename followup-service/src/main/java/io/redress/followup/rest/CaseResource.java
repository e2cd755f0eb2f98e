package io.redress.followup.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.redress.followup.mapping.CaseMapper;
import io.redress.followup.service.CaseOpening;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final CaseOpening cases;
    private final CaseMapper mapper;

    CaseResource(CaseOpening cases, CaseMapper mapper) {
        this.cases = cases;
        this.mapper = mapper;
    }

    @GET
    @RolesAllowed({ "agent", "supervisor", "admin" })
    @Operation(summary = "Cases: the one for a complaint, or the newest ones")
    public List<CaseView> list(@QueryParam("complaintId") String complaintId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        var found = complaintId != null ? cases.forComplaint(uuid("complaintId", complaintId)) : cases.newest(limit);
        return found.stream().map(mapper::toView).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "agent", "supervisor", "admin" })
    @Operation(summary = "One case")
    public CaseView get(@PathParam("id") String id) {
        return cases.find(uuid("id", id)).map(mapper::toView).orElseThrow(() -> new NotFoundException("No case " + id));
    }

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter(field, "'" + value + "' is not a UUID");
        }
    }
}

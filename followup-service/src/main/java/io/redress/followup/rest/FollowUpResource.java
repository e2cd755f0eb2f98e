package io.redress.followup.rest;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.redress.followup.model.FollowUp;
import io.redress.followup.service.FollowUps;

@Path("/followups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource {

    private static final Set<String> KINDS = Set.of(FollowUp.CUSTOMER_CHECK, FollowUp.HANDLER_INACTIVITY,
            FollowUp.DELIVERY_FAILED, FollowUp.INCIDENT_RESOLVED);

    private final FollowUps followUps;

    FollowUpResource(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GET
    @RolesAllowed({"agent", "supervisor"})
    @Operation(summary = "Follow-ups due at or before an instant (now by default), sent or still scheduled")
    public List<FollowUpView> due(@QueryParam("due") String due, @QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        if (kind != null && !KINDS.contains(kind)) {
            throw new InvalidParameter("kind", "must be one of " + KINDS);
        }
        Instant dueBy = due == null ? Instant.now() : Ids.instant("due", due);
        return followUps.dueBy(dueBy, kind, limit).stream().map(f -> new FollowUpView(f.id, f.caseId, f.kind,
                f.toCustomer() ? "customer" : "handler", f.dueAt, f.status, f.doneAt, f.text, f.replyId)).toList();
    }
}

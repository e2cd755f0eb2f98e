package io.redress.followup.rest;

import java.util.Currency;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.followup.model.Remedy;
import io.redress.followup.service.Remedies;

@Path("/cases/{id}/remedies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RemedyResource {

    private static final Set<String> NEEDS_AMOUNT = Set.of("refund", "credit", "discount");

    private final Remedies remedies;
    private final SecurityIdentity identity;

    RemedyResource(Remedies remedies, SecurityIdentity identity) {
        this.remedies = remedies;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"agent", "supervisor"})
    @Operation(summary = "Propose a remedy: approved at once within your limit, else it waits for approval")
    public RestResponse<RemedyView> propose(@PathParam("id") String id, @Valid @NotNull RemedyRequest body) {
        if (NEEDS_AMOUNT.contains(body.kind()) && body.amount() == null) {
            throw new InvalidParameter("amount", "a " + body.kind() + " needs an amount");
        }
        if ((body.amount() == null) != (body.currency() == null)) {
            throw new InvalidParameter("currency", "amount and currency go together");
        }
        if (body.currency() != null) {
            currency(body.currency());
        }
        var proposed = remedies.propose(Ids.uuid("id", id), body.kind(), body.amount(), body.currency(),
                body.idempotencyKey(), identity.getPrincipal().getName(), identity.getRoles());
        return RestResponse.status(proposed.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                view(proposed.remedy()));
    }

    private static void currency(String code) {
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameter("currency", "'" + code + "' is not an ISO 4217 currency");
        }
    }

    static RemedyView view(Remedy r) {
        return new RemedyView(r.id, r.caseId, r.kind, r.amount, r.currency, r.status, r.proposedBy, r.proposedAt,
                r.approvedBy, r.approvedAt);
    }
}

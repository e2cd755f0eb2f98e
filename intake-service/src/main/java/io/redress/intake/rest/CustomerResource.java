package io.redress.intake.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.intake.mapping.CustomerMapper;
import io.redress.intake.service.CustomerExport;
import io.redress.intake.service.Customers;
import io.redress.intake.service.Privacy;

/** Customers: one person across handles; identities linked, customers merged, data exported or erased. */
@Path("/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private final Customers customers;
    private final Privacy privacy;
    private final CustomerMapper mapper;
    private final SecurityIdentity caller;

    CustomerResource(Customers customers, Privacy privacy, CustomerMapper mapper, SecurityIdentity caller) {
        this.customers = customers;
        this.privacy = privacy;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "A customer, their identities and earlier complaints (a merged id answers with the customer it was merged into)")
    public CustomerView get(@PathParam("id") UUID id) {
        return mapper.toView(customers.existing(id));
    }

    @POST
    @Path("/identities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "Link an identity; one that belongs to another customer is a conflict (merge instead)")
    public CustomerView link(@PathParam("id") UUID id, @NotNull(message = "an identity is required") @Valid IdentityLink identity) {
        customers.link(id, identity.kind(), identity.value(), caller.getPrincipal().getName());
        return mapper.toView(customers.existing(id));
    }

    @POST
    @Path("/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR })
    @Operation(summary = "Merge another customer into this one (audited on both)")
    public CustomerView merge(@PathParam("id") UUID id, @NotNull(message = "a merge body is required") @Valid CustomerMerge merge) {
        return mapper.toView(customers.merge(id, merge.from(), caller.getPrincipal().getName()));
    }

    @GET
    @Path("/export")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Everything intake holds about the customer (audited)")
    public CustomerExport export(@PathParam("id") UUID id) {
        return privacy.export(id, caller.getPrincipal().getName());
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Erase the customer's personal data; publishes privacy.erasures.v1; the audit keeps that it happened")
    public Privacy.Erasure erase(@PathParam("id") UUID id) {
        return privacy.erase(id, caller.getPrincipal().getName());
    }
}

package io.redress.followup.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseStatus;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.followup.checking.ReplyChecker;
import io.redress.followup.model.SupportCase;
import io.redress.followup.service.CaseOpening;
import io.redress.followup.service.Drafts;
import io.redress.followup.service.Replies;

@Path("/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor"})
public class ReplyResource {

    private final CaseOpening cases;
    private final Drafts drafts;
    private final Replies replies;
    private final SecurityIdentity identity;

    ReplyResource(CaseOpening cases, Drafts drafts, Replies replies, SecurityIdentity identity) {
        this.cases = cases;
        this.drafts = drafts;
        this.replies = replies;
        this.identity = identity;
    }

    @POST
    @Path("/drafts")
    @Operation(summary = "A reply draft from the template of a playbook step, in the case's or the given language")
    public DraftView draft(@PathParam("id") String id, @Valid @NotNull DraftRequest body) {
        SupportCase supportCase = cases.find(Ids.uuid("id", id)).orElseThrow(() -> new NotFoundException("No case " + id));
        if (!drafts.knows(body.step())) {
            throw new InvalidParameter("step", "no template for step '" + body.step() + "'");
        }
        String language = body.language() != null ? body.language() : supportCase.language;
        return new DraftView(body.step(), language, drafts.render(supportCase, body.step(), language,
                identity.getPrincipal().getName()));
    }

    @POST
    @Path("/replies/check")
    @Operation(summary = "Check a reply without sending it: every finding with rule, severity and span")
    public CheckView check(@PathParam("id") String id, @Valid @NotNull ReplyRequest body) {
        var findings = replies.check(Ids.uuid("id", id), body.text(), body.visibility());
        return new CheckView(null, ReplyChecker.blocks(findings), findings);
    }

    @POST
    @Path("/replies")
    @ResponseStatus(202)
    @Operation(summary = "Send a reply through intake; 422 with the findings when the checker blocks it")
    public CheckView send(@PathParam("id") String id, @Valid @NotNull ReplyRequest body) {
        var sent = replies.send(Ids.uuid("id", id), body.text(), body.visibility(),
                body.purpose() == null ? Replies.REPLY : body.purpose(), identity.getPrincipal().getName());
        return new CheckView(sent.replyId(), false, sent.findings());
    }
}

package io.redress.followup.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.redress.followup.service.Surveys;

/** The customer's side: no login, the single-use token in the link is the credential. */
@Path("/surveys/{token}")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class SurveyResource {

    private final Surveys surveys;

    SurveyResource(Surveys surveys) {
        this.surveys = surveys;
    }

    @GET
    @Operation(summary = "The survey behind a token; 410 once answered")
    public SurveyView get(@PathParam("token") String token) {
        surveys.find(token);
        return new SurveyView("How did we do? Rate us from 1 to 5, and tell us whether it is solved for you.", null,
                null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the survey once: rating 1..5, comment, solved")
    public SurveyView answer(@PathParam("token") String token, @Valid @NotNull SurveyAnswer body) {
        var answered = surveys.answer(token, body.rating(), body.comment(), body.solved());
        return new SurveyView("Thank you!", answered.rating, answered.advocate);
    }
}

package io.redress.followup.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.redress.followup.repository.ReportFilter;
import io.redress.followup.service.Reports;

@Path("/reports/summary")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final Reports reports;

    ReportResource(Reports reports) {
        this.reports = reports;
    }

    @GET
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Volume, response and resolution percentiles, SLA compliance, reopen rate, CSAT, remedy "
            + "cost and incidents of the cases received in [from, to)")
    public Reports.Summary summary(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("team") String team, @QueryParam("channel") String channel,
            @QueryParam("category") String category, @QueryParam("language") String language) {
        Instant start = Ids.instant("from", from);
        Instant end = Ids.instant("to", to);
        if (!end.isAfter(start)) {
            throw new InvalidParameter("to", "must be after from");
        }
        return reports.summary(new ReportFilter(start, end, team, channel, category, language));
    }
}

package io.redress.followup.rest;

import java.util.List;
import java.util.Map;
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
import io.redress.followup.model.CaseState;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.CaseEventRepository;
import io.redress.followup.repository.CaseFilter;
import io.redress.followup.repository.SlaClockRepository;
import io.redress.followup.service.CaseOpening;

@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class CaseResource {

    private static final List<String> SLA_STATES = List.of("breached", "at-risk", "ok");

    private final CaseOpening cases;
    private final SlaClockRepository clocks;
    private final CaseEventRepository timeline;
    private final CaseMapper mapper;

    CaseResource(CaseOpening cases, SlaClockRepository clocks, CaseEventRepository timeline, CaseMapper mapper) {
        this.cases = cases;
        this.clocks = clocks;
        this.timeline = timeline;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "Cases: the one for a complaint, or the newest ones matching SLA state, team and state")
    public List<CaseView> list(@QueryParam("complaintId") String complaintId,
            @QueryParam("slaState") String slaState, @QueryParam("team") String team,
            @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
        if (slaState != null && !SLA_STATES.contains(slaState)) {
            throw new InvalidParameter("slaState", "must be one of " + SLA_STATES);
        }
        CaseState wanted = state == null ? null : CaseState.fromLabel(state)
                .orElseThrow(() -> new InvalidParameter("state", "'" + state + "' is not a case state"));
        List<SupportCase> found = complaintId != null ? cases.forComplaint(Ids.uuid("complaintId", complaintId))
                : cases.search(new CaseFilter(slaState, team, wanted, limit));
        Map<UUID, List<SlaClock>> clocksOf = clocks.ofCases(found.stream().map(c -> c.id).toList());
        return found.stream().map(c -> mapper.toView(c, clocksOf.getOrDefault(c.id, List.of()))).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One case, with its SLA clocks")
    public CaseView get(@PathParam("id") String id) {
        return view(find(id));
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "Everything that happened to the case, oldest first")
    public List<TimelineEntry> timeline(@PathParam("id") String id) {
        return timeline.timeline(find(id).id).stream().map(mapper::toEntry).toList();
    }

    private SupportCase find(String id) {
        return cases.find(Ids.uuid("id", id)).orElseThrow(() -> new NotFoundException("No case " + id));
    }

    private CaseView view(SupportCase supportCase) {
        return mapper.toView(supportCase, clocks.ofCase(supportCase.id));
    }
}

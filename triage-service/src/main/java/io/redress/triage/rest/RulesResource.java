package io.redress.triage.rest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;
import io.redress.triage.model.RuleVersion;
import io.redress.triage.rules.RuleSet;
import io.redress.triage.rules.RuleValidator;
import io.redress.triage.service.InvalidChange;
import io.redress.triage.service.RuleBook;

/**
 * The operators' rules. Every change is checked (a bad pattern, an unknown team, a negative duration get 400
 * naming the field, and nothing changes) and stored as a new version.
 */
@Path("/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RulesResource {

    /** The rules in force and their version. */
    public record CurrentRules(long version, RuleSet rules) {
    }

    /** One entry of the change history. */
    public record VersionView(long version, java.time.Instant changedAt, String changedBy, String change) {
    }

    /** A new keyword rule; its id is given by the service. */
    public record NewKeyword(String language, String kind, String target, String pattern, Boolean regex) {
    }

    public record ThresholdValue(Double value) {
    }

    private final RuleBook rules;
    private final SecurityIdentity identity;

    RulesResource(RuleBook rules, SecurityIdentity identity) {
        this.rules = rules;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({ "agent", "supervisor", "admin" })
    @Operation(summary = "The rules in force")
    public CurrentRules current() {
        var current = rules.current();
        return new CurrentRules(current.version(), current.rules());
    }

    @GET
    @Path("/versions")
    @RolesAllowed({ "agent", "supervisor", "admin" })
    @Operation(summary = "Every version of the rules, newest first: who changed what, and when")
    public List<VersionView> versions() {
        return rules.history().stream().map(v -> new VersionView(v.version, v.changedAt, v.changedBy, v.change))
                .toList();
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({ "agent", "supervisor", "admin" })
    @Operation(summary = "The rules as they were in one version")
    public CurrentRules version(@PathParam("version") long version) {
        return rules.history().stream().filter(v -> v.version == version).findFirst()
                .map(v -> new CurrentRules(v.version, v.rules))
                .orElseThrow(() -> new NotFoundException("No rules version " + version));
    }

    @POST
    @Path("/keywords")
    @RolesAllowed("admin")
    @Operation(summary = "Add a keyword, phrase or RE2 pattern pointing to a category or product")
    public CurrentRules addKeyword(NewKeyword keyword) {
        required(keyword);
        return change("add " + (keyword.regex() == Boolean.TRUE ? "pattern" : "keyword") + " '" + keyword.pattern()
                + "' for " + keyword.kind() + " " + keyword.target() + " in " + keyword.language(), current -> {
                    long id = current.keywords().stream().mapToLong(RuleSet.KeywordRule::id).max().orElse(0) + 1;
                    var rule = new RuleSet.KeywordRule(id, keyword.language(), keyword.kind(), keyword.target(),
                            keyword.pattern(), keyword.regex() == Boolean.TRUE);
                    reject(RuleValidator.keyword(rule, ""));
                    var keywords = new ArrayList<>(current.keywords());
                    keywords.add(rule);
                    return new RuleSet(keywords, current.teams(), current.routes(), current.slaPolicies(),
                            current.thresholds());
                });
    }

    @DELETE
    @Path("/keywords/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Remove a keyword rule")
    public CurrentRules removeKeyword(@PathParam("id") long id) {
        return change("remove keyword rule " + id, current -> {
            var keywords = new ArrayList<>(current.keywords());
            if (!keywords.removeIf(k -> k.id() == id)) {
                throw new NotFoundException("No keyword rule " + id);
            }
            return new RuleSet(keywords, current.teams(), current.routes(), current.slaPolicies(),
                    current.thresholds());
        });
    }

    @PUT
    @Path("/teams/{name}")
    @RolesAllowed("admin")
    @Operation(summary = "Add or change a team and the languages it answers in")
    public CurrentRules putTeam(@PathParam("name") String name, RuleSet.Team team) {
        required(team);
        var named = new RuleSet.Team(name, team.languages());
        reject(RuleValidator.team(named, ""));
        return change("set team " + name, current -> {
            var teams = new ArrayList<>(current.teams());
            teams.removeIf(t -> t.name().equals(name));
            teams.add(named);
            return new RuleSet(current.keywords(), teams, current.routes(), current.slaPolicies(),
                    current.thresholds());
        });
    }

    @PUT
    @Path("/routes/{category}/{language}")
    @RolesAllowed("admin")
    @Operation(summary = "Route a category in a language (* for any) to a team")
    public CurrentRules putRoute(@PathParam("category") String category, @PathParam("language") String language,
            RuleSet.Route route) {
        required(route);
        var routed = new RuleSet.Route(category, language, route.team());
        return change("route " + category + " in " + language + " to " + route.team(), current -> {
            reject(RuleValidator.route(routed, current.teams(), ""));
            var routes = new ArrayList<>(current.routes());
            routes.removeIf(r -> r.category().equals(category) && r.language().equals(language));
            routes.add(routed);
            return new RuleSet(current.keywords(), current.teams(), routes, current.slaPolicies(),
                    current.thresholds());
        });
    }

    @DELETE
    @Path("/routes/{category}/{language}")
    @RolesAllowed("admin")
    @Operation(summary = "Remove a route")
    public CurrentRules removeRoute(@PathParam("category") String category, @PathParam("language") String language) {
        return change("remove route for " + category + " in " + language, current -> {
            var routes = new ArrayList<>(current.routes());
            if (!routes.removeIf(r -> r.category().equals(category) && r.language().equals(language))) {
                throw new NotFoundException("No route for " + category + " in " + language);
            }
            return new RuleSet(current.keywords(), current.teams(), routes, current.slaPolicies(),
                    current.thresholds());
        });
    }

    @PUT
    @Path("/sla-policies/{priority}")
    @RolesAllowed("admin")
    @Operation(summary = "Set the SLA policy of a priority: response targets and business-hours calendar")
    public CurrentRules putSlaPolicy(@PathParam("priority") String priority, RuleSet.SlaPolicyRule policy) {
        required(policy);
        var set = new RuleSet.SlaPolicyRule(priority, policy.name(), policy.firstResponse(), policy.nextResponse(),
                policy.resolution(), policy.calendar());
        reject(RuleValidator.slaPolicy(set, ""));
        return change("set SLA policy " + policy.name() + " for " + priority, current -> {
            var policies = new ArrayList<>(current.slaPolicies());
            policies.removeIf(p -> p.priority().equals(priority));
            policies.add(set);
            return new RuleSet(current.keywords(), current.teams(), current.routes(), policies,
                    current.thresholds());
        });
    }

    @PUT
    @Path("/thresholds/{name}")
    @RolesAllowed("admin")
    @Operation(summary = "Set a threshold (complaint score, reach, anger, incident and spike settings)")
    public CurrentRules putThreshold(@PathParam("name") String name, ThresholdValue value) {
        required(value);
        reject(RuleValidator.threshold(name, value.value(), ""));
        return change("set threshold " + name + " to " + value.value(), current -> {
            Map<String, Double> thresholds = new HashMap<>(current.thresholds());
            thresholds.put(name, value.value());
            return new RuleSet(current.keywords(), current.teams(), current.routes(), current.slaPolicies(),
                    thresholds);
        });
    }

    private CurrentRules change(String description, UnaryOperator<RuleSet> edit) {
        RuleVersion version = rules.change(identity.getPrincipal().getName(), description, edit);
        return new CurrentRules(version.version, version.rules);
    }


    private static void reject(List<RuleValidator.Violation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidChange(problems);
        }
    }

    private static void required(Object body) {
        if (body == null) {
            throw new BadRequestException("a request body is required");
        }
    }
}

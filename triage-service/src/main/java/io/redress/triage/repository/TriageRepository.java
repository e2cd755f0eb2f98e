package io.redress.triage.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;

import org.hibernate.StatelessSession;
import org.hibernate.jpa.HibernateHints;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.redress.triage.model.TriageDecision;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageDecision, UUID> {

    private static final Map<String, Object> READ_ONLY = Map.of(HibernateHints.HINT_READ_ONLY, true);

    private final ObjectMapper json;
    private final StatelessSession stateless;

    TriageRepository(ObjectMapper json, StatelessSession stateless) {
        this.json = json;
        this.stateless = stateless;
    }

    /**
     * Inserts new decisions through the transaction's stateless session, in one JDBC batch: they never enter the
     * persistence context, so no flush compares them field by field, which cost a batch of complaints more CPU than
     * writing them. Later changes in the same transaction are not tracked: write them with the statements below.
     */
    public void insert(List<TriageDecision> created) {
        if (!created.isEmpty()) {
            stateless.insertMultiple(created);
        }
    }

    /** The decisions already made for these complaints, by complaint id; the map may be added to. */
    public Map<UUID, TriageDecision> byIds(List<UUID> complaintIds) {
        Map<UUID, TriageDecision> known = new HashMap<>();
        list("complaintId in ?1", complaintIds).forEach(triage -> known.put(triage.complaintId, triage));
        return known;
    }

    /**
     * These decisions, read only: the session does not compare them field by field when it flushes, so what
     * changes in them is written with {@link #recordFeatures} and {@link #recordLinks}.
     */
    public List<TriageDecision> readOnly(List<UUID> complaintIds) {
        return find("complaintId in ?1", complaintIds).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** One decision, read only (see {@link #readOnly(List)}). */
    public TriageDecision readOnly(UUID complaintId) {
        return getEntityManager().find(TriageDecision.class, complaintId, READ_ONLY);
    }

    /** Writes the problem signatures of these decisions, in one statement. */
    public void recordFeatures(Collection<TriageDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("update triage t set features = "
                + "array(select jsonb_array_elements_text(u.features::jsonb)) "
                + "from unnest(:ids, :features) as u(complaint_id, features) where t.complaint_id = u.complaint_id")
                .setParameter("ids", decisions.stream().map(t -> t.complaintId).toArray(UUID[]::new))
                .setParameter("features", decisions.stream().map(t -> toJson(t.features)).toArray(String[]::new))
                .setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }

    /**
     * Writes the incident, reasons and revision of these decisions, in one statement, each only over the revision
     * it was read in: a decision changed meanwhile (a further message, an agent's correction) fails the whole
     * write, to be placed again from what is stored now.
     */
    public void recordLinks(Collection<TriageDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        int written = getEntityManager().createNativeQuery("update triage t set incident_id = u.incident_id, "
                + "reasons = u.reasons::jsonb, revision = u.revision, triaged_at = u.triaged_at::timestamptz "
                + "from unnest(:ids, :incidents, :reasons, :revisions, :triagedAt) "
                + "as u(complaint_id, incident_id, reasons, revision, triaged_at) "
                + "where t.complaint_id = u.complaint_id and t.revision = u.revision - 1")
                .setParameter("ids", decisions.stream().map(t -> t.complaintId).toArray(UUID[]::new))
                .setParameter("incidents", decisions.stream().map(t -> t.incidentId).toArray(UUID[]::new))
                .setParameter("reasons", decisions.stream().map(t -> toJson(t.reasons)).toArray(String[]::new))
                .setParameter("revisions", decisions.stream().map(t -> t.revision).toArray(Integer[]::new))
                .setParameter("triagedAt", decisions.stream().map(t -> t.triagedAt.toString()).toArray(String[]::new))
                .setFlushMode(FlushModeType.COMMIT).executeUpdate();
        if (written != decisions.size()) {
            throw new IllegalStateException((decisions.size() - written) + " of " + decisions.size()
                    + " decisions changed while they were placed: place again");
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }
}

package io.redress.followup.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a case stands, and where it may go next. Closed is reached only through a confirmation or a stated
 * policy (checked by the workflow); parted ways is final.
 */
public enum CaseState {
    NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED, REOPENED, PARTED_WAYS;

    private Set<CaseState> targets;

    static {
        NEW.targets = EnumSet.of(ACKNOWLEDGED, IN_PROGRESS, PARTED_WAYS);
        ACKNOWLEDGED.targets = EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, PARTED_WAYS);
        IN_PROGRESS.targets = EnumSet.of(WAITING_ON_CUSTOMER, RESOLVED, PARTED_WAYS);
        WAITING_ON_CUSTOMER.targets = EnumSet.of(IN_PROGRESS, RESOLVED, PARTED_WAYS);
        RESOLVED.targets = EnumSet.of(CLOSED, REOPENED);
        CLOSED.targets = EnumSet.of(REOPENED);
        REOPENED.targets = EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, PARTED_WAYS);
        PARTED_WAYS.targets = EnumSet.noneOf(CaseState.class);
    }

    public boolean canGoTo(CaseState target) {
        return targets.contains(target);
    }

    public List<String> allowedTargets() {
        return targets.stream().map(CaseState::label).toList();
    }

    /** A case someone still has to work on. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED && this != PARTED_WAYS;
    }

    /** The name used in the API and in events, e.g. {@code waiting-on-customer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<CaseState> fromLabel(String label) {
        return Arrays.stream(values()).filter(state -> state.label().equals(label)).findFirst();
    }
}

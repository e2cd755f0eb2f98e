package io.redress.followup.service;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.redress.followup.model.CaseState;
import io.redress.followup.model.SlaClock;
import io.redress.followup.model.SupportCase;
import io.redress.followup.repository.SlaClockRepository;

/**
 * Starts, pauses, resumes and stops a case's response clocks, counting only the business hours of the case's
 * calendar. A target is met by a response at or before the due instant; it is breached from the first instant
 * after it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SlaClocks {

    private final SlaClockRepository clocks;
    private final BusinessCalendars calendars;
    private final SlaPolicy policy;

    SlaClocks(SlaClockRepository clocks, BusinessCalendars calendars, SlaPolicy policy) {
        this.clocks = clocks;
        this.calendars = calendars;
        this.policy = policy;
    }

    /** (Re)starts a clock from {@code from} with its full target; a paused case starts it paused. */
    public void start(SupportCase supportCase, String name, long targetSeconds, Instant from) {
        SlaClock clock = clocks.find(supportCase.id, name).orElseGet(SlaClock::new);
        clock.caseId = supportCase.id;
        clock.clock = name;
        clock.targetSeconds = targetSeconds;
        clock.startedAt = from;
        clock.stoppedAt = null;
        clock.alerted = null;
        run(supportCase, clock, from, targetSeconds);
        if (clock.id == null) {
            clocks.persist(clock);
        }
        if (SlaClock.FIRST_RESPONSE.equals(name)) {
            supportCase.firstResponseDueAt = clock.dueAt;
        }
    }

    /** Stops a clock that is running or paused; one stopped after its due instant marks the case as breached. */
    public void stop(SupportCase supportCase, String name, Instant at) {
        clocks.find(supportCase.id, name).filter(clock -> clock.stoppedAt == null).ifPresent(clock -> {
            if (clock.isRunning() && clock.dueAt.isBefore(at)) {
                supportCase.slaBreached = true;
            }
            clock.stoppedAt = at;
        });
    }

    public void stopAll(SupportCase supportCase, Instant at) {
        for (String name : new String[] {SlaClock.FIRST_RESPONSE, SlaClock.NEXT_RESPONSE, SlaClock.RESOLUTION}) {
            stop(supportCase, name, at);
        }
    }

    /** Waiting on the customer: every running clock keeps the business time it had left. */
    public void pauseAll(SupportCase supportCase, Instant at) {
        BusinessCalendar calendar = calendars.get(supportCase.calendar);
        clocks.ofCase(supportCase.id).stream().filter(SlaClock::isRunning).forEach(clock -> {
            clock.remainingSeconds = calendar.between(at, clock.dueAt).toSeconds();
            clock.dueAt = null;
            clock.atRiskAt = null;
        });
    }

    /** The customer answered: paused clocks run again with the time they had left. */
    public void resumeAll(SupportCase supportCase, Instant at) {
        clocks.ofCase(supportCase.id).stream().filter(SlaClock::isPaused)
                .forEach(clock -> run(supportCase, clock, at, clock.remainingSeconds));
        clocks.find(supportCase.id, SlaClock.FIRST_RESPONSE).filter(SlaClock::isRunning)
                .ifPresent(clock -> supportCase.firstResponseDueAt = clock.dueAt);
    }

    /** A new target (re-triage): the clock keeps the time already used and gets the difference. */
    public void retarget(SupportCase supportCase, String name, long targetSeconds, Instant now) {
        clocks.find(supportCase.id, name).filter(clock -> clock.stoppedAt == null).ifPresent(clock -> {
            long change = targetSeconds - clock.targetSeconds;
            clock.targetSeconds = targetSeconds;
            if (clock.isPaused()) {
                clock.remainingSeconds = Math.max(0, clock.remainingSeconds + change);
                return;
            }
            long left = calendars.get(supportCase.calendar).between(now, clock.dueAt).toSeconds();
            run(supportCase, clock, now, Math.max(0, left + change));
            if (SlaClock.FIRST_RESPONSE.equals(name)) {
                supportCase.firstResponseDueAt = clock.dueAt;
            }
        });
    }

    /** Sets the due and at-risk instants from {@code from} with {@code remaining} business seconds left. */
    private void run(SupportCase supportCase, SlaClock clock, Instant from, long remaining) {
        if (supportCase.state == CaseState.WAITING_ON_CUSTOMER) {
            clock.dueAt = null;
            clock.atRiskAt = null;
            clock.remainingSeconds = remaining;
            return;
        }
        BusinessCalendar calendar = calendars.get(supportCase.calendar);
        long safe = Math.round(clock.targetSeconds * (1 - policy.atRiskFraction()));
        clock.dueAt = calendar.plus(from, Duration.ofSeconds(remaining));
        clock.atRiskAt = remaining <= safe ? from : calendar.plus(from, Duration.ofSeconds(remaining - safe));
        clock.remainingSeconds = null;
    }
}

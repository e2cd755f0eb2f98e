package io.redress.followup.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * Working hours of a team in its own time zone, with holidays. Response targets are counted only inside
 * these hours. Windows are computed per local day, so a DST change shortens or lengthens nothing but the
 * night: 09:00–17:00 stays eight working hours on the day the clocks move.
 */
public final class BusinessCalendar {

    /** The longest stretch searched for working time: a target never spans more than a few years of holidays. */
    private static final int MAX_DAYS = 3660;

    public static final BusinessCalendar ALWAYS_OPEN = new BusinessCalendar(null, Set.of(), null, null, Set.of());

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
            Set<LocalDate> holidays) {
        this.zone = zone;
        this.days = days;
        this.opens = opens;
        this.closes = closes;
        this.holidays = holidays;
    }

    private boolean alwaysOpen() {
        return zone == null;
    }

    /** The instant when {@code businessTime} of working time will have passed after {@code start}. */
    public Instant plus(Instant start, Duration businessTime) {
        if (alwaysOpen() || businessTime.isZero()) {
            return start.plus(businessTime);
        }
        long remaining = businessTime.toSeconds();
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            Instant open = latest(start, at(day, opens));
            Instant close = at(day, closes);
            long available = Duration.between(open, close).toSeconds();
            if (available <= 0) {
                continue;
            }
            if (remaining <= available) {
                return open.plusSeconds(remaining);
            }
            remaining -= available;
        }
        throw new IllegalStateException("No working time within " + MAX_DAYS + " days of " + start);
    }

    /** Working time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen()) {
            return Duration.between(from, to);
        }
        long seconds = 0;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant open = latest(from, at(day, opens));
                Instant close = earliest(to, at(day, closes));
                seconds += Math.max(0, Duration.between(open, close).toSeconds());
            }
        }
        return Duration.ofSeconds(seconds);
    }

    private boolean isWorkingDay(LocalDate day) {
        return days.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** A local time that falls in a DST gap moves forward by the gap, as {@link ZonedDateTime#of} does. */
    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}

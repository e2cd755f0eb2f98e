package io.redress.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.redress.followup.service.BusinessCalendar;

class BusinessCalendarTest {

    private static final ZoneId RIGA = ZoneId.of("Europe/Riga");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final BusinessCalendar EU_SUPPORT = new BusinessCalendar(RIGA, WEEKDAYS, LocalTime.of(9, 0),
            LocalTime.of(17, 0), Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));

    @Test
    void aTargetStartedOnFridayAfternoonRunsOnMondayMorning() {
        // Friday 2026-11-27 16:00 in Riga (UTC+2) plus two working hours: Monday 10:00.
        assertEquals(Instant.parse("2026-11-30T08:00:00Z"),
                EU_SUPPORT.plus(Instant.parse("2026-11-27T14:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void aComplaintOverTheWeekendStartsCountingOnMondayAtOpening() {
        assertEquals(Instant.parse("2026-11-30T08:00:00Z"),
                EU_SUPPORT.plus(Instant.parse("2026-11-28T20:00:00Z"), Duration.ofHours(1)));
    }

    @Test
    void holidaysDoNotCount() {
        // Wednesday 23 December 16:00 + 2h: Thursday and Friday are holidays, then the weekend.
        assertEquals(Instant.parse("2026-12-28T08:00:00Z"),
                EU_SUPPORT.plus(Instant.parse("2026-12-23T14:00:00Z"), Duration.ofHours(2)));
    }

    @Test
    void workingTimeBetweenTwoInstantsSkipsNightsWeekendsAndHolidays() {
        assertEquals(Duration.ofHours(2), EU_SUPPORT.between(Instant.parse("2026-11-27T14:00:00Z"),
                Instant.parse("2026-11-30T08:00:00Z")));
        assertEquals(Duration.ofHours(16), EU_SUPPORT.between(Instant.parse("2026-12-22T00:00:00Z"),
                Instant.parse("2026-12-27T00:00:00Z")));
        assertEquals(Duration.ZERO, EU_SUPPORT.between(Instant.parse("2026-12-24T07:00:00Z"),
                Instant.parse("2026-12-24T15:00:00Z")));
    }

    @Test
    void aTargetEndingExactlyAtClosingIsDueAtClosing() {
        assertEquals(Instant.parse("2026-11-23T15:00:00Z"),
                EU_SUPPORT.plus(Instant.parse("2026-11-23T07:00:00Z"), Duration.ofHours(8)));
    }

    @Test
    void hoursAreReadInTheTeamsZoneAcrossTheEndOfSummerTime() {
        BusinessCalendar everyDay = new BusinessCalendar(RIGA, EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0),
                LocalTime.of(17, 0), Set.of());
        // Saturday 24 October 2026 16:00 EEST (UTC+3) + 2h: Sunday 10:00 EET (UTC+2), after the clocks went back.
        assertEquals(Instant.parse("2026-10-25T08:00:00Z"),
                everyDay.plus(Instant.parse("2026-10-24T13:00:00Z"), Duration.ofHours(2)));
        assertEquals(Duration.ofHours(8), everyDay.between(Instant.parse("2026-10-25T00:00:00Z"),
                Instant.parse("2026-10-26T00:00:00Z")));
    }

    @Test
    void anHourThatDoesNotExistOnTheDaySummerTimeStartsIsNotCounted() {
        // 29 March 2026 in Riga: 03:00 jumps to 04:00, so a 02:00–05:00 shift has two real hours.
        BusinessCalendar night = new BusinessCalendar(RIGA, EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 0),
                LocalTime.of(5, 0), Set.of());
        assertEquals(Duration.ofHours(2), night.between(Instant.parse("2026-03-28T22:00:00Z"),
                Instant.parse("2026-03-29T12:00:00Z")));
    }

    @Test
    void alwaysOpenCountsWallClockTime() {
        assertEquals(Instant.parse("2026-11-29T10:00:00Z"),
                BusinessCalendar.ALWAYS_OPEN.plus(Instant.parse("2026-11-28T10:00:00Z"), Duration.ofDays(1)));
    }
}

package io.redress.followup.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/** Business-hours calendars by name, e.g. {@code redress.calendars.eu-support.zone=Europe/Riga}. */
@ConfigMapping(prefix = "redress.calendars")
public interface CalendarConfig {

    @WithParentName
    Map<String, Hours> calendars();

    interface Hours {

        /** IANA time zone the hours are read in. */
        String zone();

        @WithDefault("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY")
        List<DayOfWeek> days();

        @WithDefault("09:00")
        LocalTime opens();

        @WithDefault("17:00")
        LocalTime closes();

        /** Local dates with no working hours. */
        Optional<List<LocalDate>> holidays();
    }
}

package io.redress.followup.service;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

/** The named calendars of the configuration; {@code 24x7} is built in and is the fallback for unknown names. */
@ApplicationScoped
public class BusinessCalendars {

    public static final String ALWAYS_OPEN = "24x7";

    private final Map<String, BusinessCalendar> byName;

    BusinessCalendars(CalendarConfig config) {
        byName = config.calendars().entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                entry -> {
                    CalendarConfig.Hours hours = entry.getValue();
                    return new BusinessCalendar(ZoneId.of(hours.zone()), EnumSet.copyOf(hours.days()), hours.opens(),
                            hours.closes(), new HashSet<>(hours.holidays().orElse(List.of())));
                }));
    }

    public boolean knows(String name) {
        return ALWAYS_OPEN.equals(name) || byName.containsKey(name);
    }

    public BusinessCalendar get(String name) {
        return byName.getOrDefault(name, BusinessCalendar.ALWAYS_OPEN);
    }
}

package dev.marquee.client;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping the Marquee server speaks: the records of {@code common-model} as they are, ISO-8601 times, and
 * tolerance for members a newer server adds.
 */
public final class MarqueeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An event's start keeps the offset of its own time zone rather than being moved to UTC.
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private MarqueeJson() {
    }

    /** The shared, immutable mapper; safe to use from any thread. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}

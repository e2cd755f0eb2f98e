package io.redress.intake.channel;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Timeout;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.redress.intake.service.InvalidInput;

/**
 * No input may make the MIME reader or the webhook readers fail other than with a 4xx {@link InvalidInput}, or
 * hang. In a normal build these run in regression mode over the corpus in
 * {@code src/test/resources/io/redress/intake/channel/ChannelFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes them.
 */
class ChannelFuzzTest {

    private static final ProviderPayload PAYLOAD = new ProviderPayload(new ObjectMapper());

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void anyMailIsReadOrRefused(byte[] raw) {
        try {
            new MailReader().read(raw);
        } catch (InvalidInput refused) {
            assertClientError(refused);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void anyXDeliveryIsReadOrRefused(byte[] body) {
        try {
            new XActivity().read(PAYLOAD.read(body));
        } catch (InvalidInput refused) {
            assertClientError(refused);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void anyMetaDeliveryIsReadOrRefused(byte[] body) {
        try {
            new MetaActivity().read(PAYLOAD.read(body));
        } catch (InvalidInput refused) {
            assertClientError(refused);
        }
    }

    private static void assertClientError(InvalidInput refused) {
        if (refused.status() < 400 || refused.status() >= 500) {
            throw new AssertionError("not a client error: " + refused.status(), refused);
        }
    }
}

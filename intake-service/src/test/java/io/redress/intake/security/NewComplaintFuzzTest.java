package io.redress.intake.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.CharConversionException;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jboss.resteasy.reactive.RestResponse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.redress.intake.rest.NewComplaint;
import io.redress.intake.rest.Problem;
import io.redress.intake.rest.ProblemMapper;

/**
 * Whatever bytes a client posts to /complaints, the body mapping and validation end in a complaint or in a 400
 * problem that names what is wrong: never an exception that would surface as a 500. Jackson is configured as
 * Quarkus configures it (unknown properties ignored, java.time supported). Any other exception is a finding.
 */
class NewComplaintFuzzTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory().getValidator();
    private static final ProblemMapper PROBLEMS = new ProblemMapper();
    private static final UndecodableBody UNDECODABLE = new UndecodableBody();

    @FuzzTest(maxDuration = "2m")
    void anyBodyIsAComplaintOrA400Problem(byte[] body) throws Exception {
        try {
            NewComplaint complaint = JSON.readValue(body, NewComplaint.class);
            Set<ConstraintViolation<NewComplaint>> violations = complaint == null ? Set.of() : VALIDATOR.validate(complaint);
            if (!violations.isEmpty()) {
                assertBadRequest(PROBLEMS.invalidFields(new ConstraintViolationException(violations)));
            }
        } catch (JsonParseException e) {
            assertBadRequest(PROBLEMS.unreadableJson(e));
        } catch (JsonMappingException e) {
            assertBadRequest(PROBLEMS.wrongValue(e));
        } catch (CharConversionException e) {
            assertBadRequest(UNDECODABLE.undecodable(e));
        } catch (JsonProcessingException e) {
            // Other stream errors (limits on nesting or number length) reach ProblemMapper.webError as a 400.
            assertNotNull(e.getMessage());
        }
    }

    private static void assertBadRequest(RestResponse<Problem> response) {
        assertEquals(400, response.getStatus());
        assertNotNull(response.getEntity().detail());
    }
}

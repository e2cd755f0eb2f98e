package io.redress.followup.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyView(String question, Integer rating, Boolean advocate) {
}

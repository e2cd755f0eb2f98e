package io.redress.followup.rest;

public record DraftView(String step, String language, String text) {
}

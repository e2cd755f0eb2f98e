package io.redress.triage.service;

/** Complaints were queued for placing into incidents; fired in the queuing transaction, heard after its commit. */
public record ComplaintsQueued() {
}

package org.liaison.handovers.internal;

/** One line of the shared history: a stage recorded by a side's officer. */
public record HandoverStep(Stage stage, String agency, String officer, long atMs, String note) {
}

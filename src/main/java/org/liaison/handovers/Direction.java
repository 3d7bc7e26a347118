package org.liaison.handovers;

/** Which way the person crosses: into the country of the agency that asked for them. */
public enum Direction {
    TO_VIET_NAM,
    TO_CHINA;

    /**
     * The direction of a handover to {@code receivingAgency} (the requesting side).
     *
     * @throws IllegalArgumentException for an agency neither Vietnamese nor Chinese: the workflow knows these two
     */
    public static Direction to(String receivingAgency) {
        return switch (receivingAgency.substring(0, Math.min(2, receivingAgency.length()))) {
            case "VN" -> TO_VIET_NAM;
            case "CN" -> TO_CHINA;
            default -> throw new IllegalArgumentException("handovers run between Viet Nam and China; not to "
                    + receivingAgency);
        };
    }
}

package org.liaison.cases;

/** The unit a seized quantity is measured in. */
public enum QuantityUnit {
    G,
    KG,
    TABLETS,
    LITRES
}

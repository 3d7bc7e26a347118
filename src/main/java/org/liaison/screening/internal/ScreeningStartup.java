package org.liaison.screening.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the name index from the database when the node starts, in the background (the node answers meanwhile;
 * automatic screens wait for it). After the persons demo seed (order 30), so that it indexes the seeded records.
 */
@Component
@Order(35)
class ScreeningStartup implements ApplicationRunner {

    private final PersonIndex index;

    ScreeningStartup(PersonIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.rebuild(PersonIndex.SYSTEM);
    }
}

package org.liaison.screening.internal;

import org.liaison.matching.NameIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which {@link NameIndex} holds the node's persons: the one place to choose another implementation. */
@Configuration
class ScreeningConfiguration {

    @Bean
    NameIndex personsNameIndex() {
        return NameIndex.inMemory();
    }
}

package org.liaison.screening.internal;

import java.nio.file.Path;
import java.io.UncheckedIOException;
import org.apache.lucene.store.LockObtainFailedException;
import org.liaison.matching.NameIndex;
import org.liaison.shared.NodeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.context.WebApplicationContext;

/**
 * Which {@link NameIndex} holds the node's persons: the one place to choose another implementation. The embedded
 * Lucene index in {@code <data-dir>/index/names}, so that a large list is not held on the heap; in memory when the
 * database itself is (tests), since an index on disk would then outlive the records it was built from. Either way
 * {@link PersonIndex} rebuilds it from the database at start; Spring closes it with the node.
 */
@Configuration
class ScreeningConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScreeningConfiguration.class);

    @Bean
    NameIndex personsNameIndex(NodeProperties node, Environment environment, ApplicationContext context) {
        // in memory also for an offline command (no web server): it screens nothing and leaves no files behind
        if (environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:mem:")
                || !(context instanceof WebApplicationContext)) {
            return NameIndex.luceneInMemory();
        }
        Path dir = node.dataDir().resolve("index").resolve("names");
        log.info("Name index in {}", dir.toAbsolutePath());
        try {
            return NameIndex.lucene(dir);
        } catch (UncheckedIOException e) {
            if (!lockedByAnother(e)) {
                throw e;
            }
            // a second instance of this node on the same database and data folder: the index is rebuilt from the
            // database at start anyway, so this instance keeps its own in memory rather than failing to start
            log.warn("Name index in {} is held by another instance of this node; this instance keeps its index in memory",
                    dir.toAbsolutePath());
            return NameIndex.luceneInMemory();
        }
    }

    private static boolean lockedByAnother(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }
}

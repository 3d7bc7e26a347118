package org.liaison;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Liaison: the working system of a cross-border Border Liaison Office partnership.
 * One process is one agency's node; {@code org.liaison.cli.LiaisonCommand} is the command line in front of it
 * (the jar's main class).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Liaison", sharedModules = "shared")
public class Liaison {
}

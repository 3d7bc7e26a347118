package org.liaison;

import org.liaison.cli.LiaisonCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Liaison: the working system of a cross-border Border Liaison Office partnership.
 * One process is one agency's node; {@link LiaisonCommand} is the command line in front of it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Liaison", sharedModules = "shared")
public class Liaison {

    public static void main(String[] args) {
        int exit = LiaisonCommand.run(args);
        if (exit != LiaisonCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}

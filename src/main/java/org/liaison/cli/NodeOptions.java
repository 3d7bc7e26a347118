package org.liaison.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.liaison.shared.AgencyCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options shared by commands that open one node's data: a config file and a few overrides. */
final class NodeOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "A properties file with the node's settings (liaison.node.*, spring.datasource.*).")
    Path config;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The node's data folder.")
    Path dataDir;

    @Option(names = "--agency", paramLabel = "CODE", description = "The own agency's code, e.g. VN-CB.")
    String agency;

    Map<String, Object> settings(picocli.CommandLine cli) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ParameterException(cli, "config file not found: " + config);
            }
            s.put("spring.config.additional-location", "file:" + config.toAbsolutePath());
        }
        if (dataDir != null) {
            s.put("liaison.node.data-dir", dataDir.toAbsolutePath().toString());
        }
        if (agency != null) {
            if (!AgencyCode.isValid(agency)) {
                throw new ParameterException(cli, "invalid agency code '" + agency + "' (expected e.g. VN-CB)");
            }
            s.put("liaison.node.agency", agency);
        }
        return s;
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return p;
    }
}

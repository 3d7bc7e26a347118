package org.liaison.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.liaison.Liaison;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one node (a Spring application context) with the given settings. */
public final class NodeLauncher {

    private NodeLauncher() {
    }

    /** Starts a web node listening on its port. */
    public static ConfigurableApplicationContext startNode(Map<String, Object> settings) {
        return builder().web(WebApplicationType.SERVLET).run(args(settings));
    }

    /** Starts a node without its web server, for commands that work on the node's data. */
    public static ConfigurableApplicationContext startOffline(Map<String, Object> settings) {
        Map<String, Object> s = new LinkedHashMap<>(settings);
        s.put("spring.main.web-application-type", "none");
        s.put("spring.main.log-startup-info", "false");
        s.put("logging.level.root", "WARN");
        s.put("liaison.node.offline", "true");
        return builder().web(WebApplicationType.NONE).run(args(s));
    }

    private static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(Liaison.class).bannerMode(Banner.Mode.OFF);
    }

    /** Settings go in as command-line properties so they win over application.properties. */
    private static String[] args(Map<String, Object> settings) {
        return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}

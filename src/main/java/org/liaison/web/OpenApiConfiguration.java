package org.liaison.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.liaison.shared.CurrentOfficer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}: the REST API under {@code /api/v1}, bearer-token secured. */
@Configuration
class OpenApiConfiguration {

    static {
        // the logged-in officer is injected by the server, not sent by the client
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentOfficer.class);
    }

    @Bean
    OpenAPI liaisonOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Liaison API").version("v1")
                        .description("REST API of one Liaison agency node. Authenticate with a personal API token: "
                                + "Authorization: Bearer lia_..."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}

package vn.chitieu.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} says of the API as a whole: its name, and the two ways to sign a
 * request (an account's name and password, or a personal API token made on the profile page).
 * Reading what is published needs neither.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info = @Info(title = "Chỉ tiêu API", version = "1",
                description = "Resolutions of Vietnam's communes: import, review, adopt, publish; administrative units; history. "
                        + "Errors are RFC 9457 problem details in the language of Accept-Language (Vietnamese by default)."),
        security = {@SecurityRequirement(name = "token"), @SecurityRequirement(name = "password")})
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token (Hồ sơ → Mã truy cập API, or POST /api/tokens): `Authorization: Bearer …`")
@SecurityScheme(name = "password", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The account's user name and password; after 5 wrong passwords the account waits 15 minutes")
class ApiDocumentation {}

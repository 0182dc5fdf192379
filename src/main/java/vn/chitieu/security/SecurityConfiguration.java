package vn.chitieu.security;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import vn.chitieu.security.internal.ApiProblems;
import vn.chitieu.security.internal.ApiTokenAuthenticationFilter;
import vn.chitieu.security.internal.ApiTokens;
import vn.chitieu.security.internal.ThrottledAuthenticationProvider;

/**
 * Who may reach what. Two filter chains: the API ({@code /api/**}) signs each request in by HTTP
 * Basic or a personal token and never reads or creates a session, so it needs no CSRF token; the
 * pages sign in with a form, keep the session in the database and demand a CSRF token on every form.
 * Published things are readable without signing in: their controllers answer 404 for the rest.
 * A signed-in person refused a page (or a form without its CSRF token) gets the standard 403 error
 * page: Spring Security's default handler sends the status to the servlet container's error handling.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    static final String[] PUBLIC_PAGES = {"/", "/units/**", "/search", "/login", "/error", "/error/**", "/css/**", "/js/**",
        "/webjars/**", "/favicon.ico", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"};
    static final String[] PUBLIC_API = {"/api/units/**", "/api/health", "/api/catalog", "/api/search"};
    /** The public site (publicsite module) and what search engines read: the same for everyone, so cacheable. */
    static final String[] PUBLIC_SITE = {"/public", "/public/**", "/robots.txt", "/sitemap.xml"};

    /**
     * Hashes are stored with their algorithm's id ({@code {bcrypt}…}), so moving the default to Argon2
     * (once its library is a dependency) re-hashes each password at its owner's next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return passwords();
    }

    /** The encoder of every stored password, also for accounts written without the server (the sample-data generator). */
    public static PasswordEncoder passwords() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider accounts) {
        return new ProviderManager(accounts);
    }

    /**
     * The public site signs nobody in and never opens a session nor asks for a CSRF token, so that its
     * pages are the same for everyone and a shared cache may keep them; its controllers answer 404 for
     * anything unpublished. Cache-Control is left to them (public, five minutes).
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicSiteChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PUBLIC_SITE)
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, PUBLIC_SITE).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_SITE).permitAll().anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager authenticationManager, ApiProblems problems,
            ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/resolutions/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/targets/*/actuals").permitAll()
                        .requestMatchers("/api/accounts/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationManager authenticationManager) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, "/resolutions/**").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failures).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }
}

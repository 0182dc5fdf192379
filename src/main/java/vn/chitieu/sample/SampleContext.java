package vn.chitieu.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcClientAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import vn.chitieu.geography.AdministrativeUnits;
import vn.chitieu.security.SecurityConfiguration;

/**
 * The part of the application the {@code generate} command starts: the database exactly as the
 * server configures it (same properties, profiles and environment; Flyway migrates it and loads the
 * administrative units on first use), the JSON mapper the history is written with, and the units.
 * No web server, no admin account bootstrap. Not a {@code @Configuration}, so the server's own
 * component scan leaves it out.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class, JacksonAutoConfiguration.class})
@ComponentScan(basePackageClasses = AdministrativeUnits.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.chitieu\\.geography\\.web\\..*"))
public class SampleContext {

    @Bean
    SampleGenerator sampleGenerator(DataSource dataSource, ObjectMapper json, AdministrativeUnits units) {
        return new SampleGenerator(dataSource, json, units, SecurityConfiguration.passwords());
    }
}

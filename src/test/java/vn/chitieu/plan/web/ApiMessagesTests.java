package vn.chitieu.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ApiMessagesTests {

    @Test
    void saysEveryProblemInBothLanguages() throws IOException {
        Properties vietnamese = load("messages/api.properties");
        Properties english = load("messages/api_en.properties");

        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        for (String key : vietnamese.stringPropertyNames()) {
            if (key.endsWith(".title")) {
                assertThat(vietnamese).containsKey(key.replaceFirst("\\.title$", ".detail"));
            }
        }
    }

    @Test
    void fillsEveryArgumentWithoutLosingAnApostropheOrABrace() throws IOException {
        for (Properties bundle : new Properties[] {load("messages/api.properties"), load("messages/api_en.properties")}) {
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (message.contains("{0")) {
                    MessageFormat format = new MessageFormat(message, Locale.ROOT);
                    Format[] formats = format.getFormatsByArgumentIndex();
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = formats[i] instanceof NumberFormat ? (Object) 20.1 : "a";
                    }
                    assertThat(format.format(args)).as(key).doesNotContain("{").doesNotContain("''");
                } else {
                    assertThat(message).as(key).doesNotContain("''");
                }
            }
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(ApiMessagesTests.class.getClassLoader().getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}

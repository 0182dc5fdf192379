package vn.chitieu.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The web shell's settings: the language of the pages (Vietnamese by default, English on {@code
 * ?lang=en}, the layout's link) and when uploads are read.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /** Named {@code localeResolver}, the name the DispatcherServlet looks for. */
    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    /**
     * Reads an upload when its controller asks for the file, not before choosing the controller: an
     * upload over the limit is then refused by the controller's own error handling (a "file too
     * large" problem for the API, the error page for a form). Read eagerly, the refusal comes before
     * any controller, and Spring tries to read the upload again on the error dispatch, which ends
     * in an empty 413.
     */
    @Bean
    MultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
